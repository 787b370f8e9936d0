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
    """An error the client caused or may see: `message` is a sentence for them, with no internals."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


SERVER_ERROR = "The server hit an unexpected error; it has been logged."


def error_body(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"ok": False, "status": status, "error": message}, status_code=status,
                        headers=headers)


def install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_: Request, err: ApiError) -> JSONResponse:
        return error_body(err.status, err.message, err.headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException) -> JSONResponse:
        if err.status_code == 404:
            message = "No such page or endpoint; see /docs for the API."
        elif err.status_code == 405:
            message = f"This endpoint does not accept {request.method} requests."
        else:
            message = f"The request was refused ({err.detail})."
        return error_body(err.status_code, message, getattr(err, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def bad_request(_: Request, err: RequestValidationError) -> JSONResponse:
        first = err.errors()[0] if err.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()) if x not in ("query", "body"))
        reason = str(first.get("msg", "not understood")).removeprefix("Value error, ")
        if "<class" in reason or "Traceback" in reason:  # a type name is an internal, not a reason
            reason = "not a value of the expected kind"
        return error_body(422, f"Invalid value for {where or 'the request'}: {reason}.")

    @app.exception_handler(InputError)
    async def input_error(_: Request, err: InputError) -> JSONResponse:
        return error_body(400, str(err))

    @app.exception_handler(DetenteError)
    async def detente_error(_: Request, err: DetenteError) -> JSONResponse:
        # A store or pipeline failure names paths and URLs of the server: log it, tell less.
        log.error("request failed: %s", err)
        return error_body(500, SERVER_ERROR)

    @app.exception_handler(Exception)
    async def unexpected(_: Request, err: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return error_body(500, SERVER_ERROR)
