"""BoardDesk's shipped data (demo boards, fonts, icons, translations), installed as the package
`boarddesk.resources`; boarddesk.locator finds files here."""
