"""The main window around the views: navigator, search, back and forward, start-up, background work."""
