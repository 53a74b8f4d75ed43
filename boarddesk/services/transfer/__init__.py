"""Meeting bundles (.bdpack) and shared notes (.bdnotes): the container, what they carry, what changed, and what an import may touch."""
