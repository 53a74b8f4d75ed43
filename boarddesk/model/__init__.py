"""The domain vocabulary: enumerations, case numbers and display formats. No Qt, no SQL."""
