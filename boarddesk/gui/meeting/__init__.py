"""The secretary's meeting workbench: agenda builder, live minutes, minutes approval, registers."""
