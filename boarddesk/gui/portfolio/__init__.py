"""The portfolio overview of a board: RAG counts, the project table, budget charts."""
