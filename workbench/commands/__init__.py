"""Flask commands, grouped by subject; each module lists its commands in ``COMMANDS``."""
