"""Server-rendered pages over the same store calls as the API."""
