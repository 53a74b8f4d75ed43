"""Reading case documents and meeting packs inside BoardDesk, with notes; bundles in and out."""
