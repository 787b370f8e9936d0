"""Views over stored records: the talks calendar and the positions matrix (pure functions of records)."""
