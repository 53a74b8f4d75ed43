"""The demo boards from the seed papers and synthetic stores of any size: fixtures, not use cases."""
