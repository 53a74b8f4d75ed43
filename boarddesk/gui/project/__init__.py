"""One project: its card, RAG history, milestone charts, risks, and editing."""
