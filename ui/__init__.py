"""BoardDesk's Qt Designer forms, installed as the package `boarddesk.ui`; boarddesk.locator finds them."""
