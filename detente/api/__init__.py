"""The HTTP API and web pages (FastAPI): `detente serve`."""
