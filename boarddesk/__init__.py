"""BoardDesk: meeting packs, project status and minutes for programme boards, offline."""

__version__ = "0.1.0"
