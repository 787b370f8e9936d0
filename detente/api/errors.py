"""API errors: JSON with a message and a status, never a traceback."""
from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from detente.errors import DetenteError, InputError

log = logging.getLogger(__name__)


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _body(status: int, message: str) -> JSONResponse:
    return JSONResponse({"ok": False, "status": status, "error": message}, status_code=status)


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_: Request, err: ApiError) -> JSONResponse:
        return _body(err.status, err.message)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, err: StarletteHTTPException) -> JSONResponse:
        not_found = "No such page or endpoint; see /docs for the API."
        message = not_found if err.status_code == 404 else str(err.detail)
        return _body(err.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def bad_request(_: Request, err: RequestValidationError) -> JSONResponse:
        first = err.errors()[0] if err.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()) if x not in ("query", "body"))
        reason = first.get("msg", "not understood")
        return _body(422, f"Invalid value for {where or 'the request'}: {reason}.")

    @app.exception_handler(InputError)
    async def input_error(_: Request, err: InputError) -> JSONResponse:
        return _body(400, str(err))

    @app.exception_handler(DetenteError)
    async def detente_error(_: Request, err: DetenteError) -> JSONResponse:
        return _body(500, str(err))

    @app.exception_handler(Exception)
    async def unexpected(_: Request, err: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return _body(500, "The server hit an unexpected error; it has been logged.")
