"""Project cards, status reports and their history, editing with undo, and the portfolio overview."""
