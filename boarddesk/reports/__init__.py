"""Printed output (reportlab): invitations with agenda, meeting packs and minutes. No Qt here."""
