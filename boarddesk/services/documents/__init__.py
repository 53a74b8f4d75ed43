"""Documents: attachments and their versions, the words on PDF pages, members' annotations and how they are anchored."""
