"""Printing: preview, print to a printer and save as PDF."""
