"""kg's command line: a thin layer over the library (see ``kg --help``).

Every command turns a ``KGError`` into one line on stderr and a non-zero exit; no traceback.
"""
from __future__ import annotations

import sys

from ..errors import KGError
from .app import app


def main(argv: list[str] | None = None) -> int:
    try:
        app(args=argv, prog_name="kg", standalone_mode=False)
    except KGError as err:
        print(f"kg: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except SystemExit as exc:  # typer/click exits (--help, usage errors)
        return int(exc.code or 0)
    except _click_errors() as err:
        err.show()
        return err.exit_code
    return 0


def _click_errors():
    import click

    return (click.ClickException, click.exceptions.Abort)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
