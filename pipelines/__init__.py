"""flowaudit's Beam pipelines: read, parse, join, judge and write an audit."""

import logging


class _DropImportNoise(logging.Filter):
    """Beam warns on import about GCP client libraries an offline audit never uses."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "apitools not found" not in record.getMessage()


logging.getLogger().addFilter(_DropImportNoise())
