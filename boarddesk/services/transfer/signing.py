"""Who made a bundle: the secretary's store signs each bundle's manifest with its Ed25519 key, and a
member's store pins that key per board on the first signed bundle (trust on first use), then
refuses bundles for that board signed by any other key, or not signed. See docs/bundle-trust.md."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from boarddesk.services.documents.annotations import timestamp
from boarddesk.services.transfer.container import BundleError
from boarddesk.store import Store

ALGORITHM = "Ed25519"
TRUST_NEW_KEY_HINT = (
    "If the secretary really has a new key (a new computer, a restored store), confirm its fingerprint "
    "with the secretary in person or by phone, then import again with --trust-new-key"
)


def fingerprint(public_key: bytes) -> str:
    """A short, readable name of a key, to compare by phone: 8 groups of 4 hex digits."""
    digest = hashlib.sha256(public_key).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def _raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def signing_key(store: Store) -> Ed25519PrivateKey:
    """This store's signing key, made on first use."""
    row = store.query_one("SELECT private_key FROM signing_keys WHERE id = 1")
    if row:
        return Ed25519PrivateKey.from_private_bytes(row["private_key"])
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    with store.write() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO signing_keys (id, private_key, public_key, created_at) VALUES (1, ?, ?, ?)",
            (private, _raw_public(key), timestamp()),
        )
    # Another process may have made one at the same moment: the stored key is the one.
    return signing_key(store)


def own_public_key(store: Store) -> bytes | None:
    return store.scalar("SELECT public_key FROM signing_keys WHERE id = 1")


def sign(key: Ed25519PrivateKey, manifest: bytes) -> dict[str, str]:
    """The signature entry of a bundle: the signer's public key and its signature of the manifest's bytes."""
    return {
        "algorithm": ALGORITHM,
        "public_key": base64.b64encode(_raw_public(key)).decode("ascii"),
        "signature": base64.b64encode(key.sign(manifest)).decode("ascii"),
    }


def verify(entry: object, manifest: bytes) -> bytes:
    """The signer's raw public key when `entry` is a valid signature of the manifest's bytes."""
    try:
        if not isinstance(entry, dict) or entry.get("algorithm") != ALGORITHM:
            raise ValueError
        public = base64.b64decode(entry["public_key"], validate=True)
        Ed25519PublicKey.from_public_bytes(public).verify(base64.b64decode(entry["signature"], validate=True), manifest)
    except (InvalidSignature, ValueError, KeyError, TypeError):
        raise BundleError(
            "the bundle's signature does not match its manifest: it was altered after it was signed"
        ) from None
    return public


@dataclass(frozen=True)
class Received:
    """A board this store received from bundles, with the key pinned for it (None: none yet)."""

    board_id: str
    public_key: bytes | None
    pinned_at: str | None


def received_board(store: Store, board_id: str) -> Received | None:
    row = store.query_one("SELECT * FROM received_boards WHERE board_id = ?", (board_id,))
    return Received(board_id, row["public_key"], row["pinned_at"]) if row else None


def check_signer(received: Received | None, signer: bytes | None, board_name: str, trust_new_key: bool) -> None:
    """Refuse a bundle for a board whose pinned key did not sign it."""
    if received is None or received.public_key is None:
        return  # first bundle of this board, or none signed so far: this one's key is pinned
    if signer == received.public_key:
        return
    pinned = f"the secretary's key pinned for board {board_name!r} on {received.pinned_at} ({fingerprint(received.public_key)})"
    if signer is None:
        raise BundleError(
            f"the bundle is not signed, but {pinned} signs this board's bundles: it may be forged; "
            "ask the secretary for a signed bundle"
        )
    if not trust_new_key:
        raise BundleError(
            f"the bundle is signed by another key ({fingerprint(signer)}) than {pinned}: it may be forged. "
            f"{TRUST_NEW_KEY_HINT}"
        )


def pin(store: Store, board_id: str, signer: bytes | None) -> None:
    """Mark the board as received here, pinning the signer's key when it is the first (or trusted anew)."""
    store.conn.execute("INSERT OR IGNORE INTO received_boards (board_id) VALUES (?)", (board_id,))
    if signer is not None:
        store.conn.execute(
            "UPDATE received_boards SET public_key = ?, pinned_at = ? WHERE board_id = ? "
            "AND (public_key IS NULL OR public_key != ?)",
            (signer, timestamp(), board_id, signer),
        )
