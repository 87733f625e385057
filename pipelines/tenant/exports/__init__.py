"""Loaders of the files admins export from Power Platform and Azure, one module per shape.

Each loader reads a document with ``document.read_document``, walks it with a
``problems.Problems`` that collects every surprise under its key path, and builds the
tenant model's values (``tenant.geo``, ``tenant.environments``, ``tenant.dlp``,
``tenant.service_tags``). A file with problems raises one TenantFileError listing them all.
"""
