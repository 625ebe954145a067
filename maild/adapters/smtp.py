"""SmtpSender: outgoing mail over SMTP (smtplib), a thin adapter.

Implicit TLS (465) or STARTTLS (587) with the certificate verified, AUTH from the
environment, one connection per batch. Failures are classified, never decided on:
a 4xx reply is TemporaryDeliveryError, a 5xx PermanentDeliveryError, and no connection,
no TLS or a refused login ServerUnavailable (retry later, the whole batch).
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from collections.abc import Sequence

from maild.config import Secret, Smtp
from maild.errors import PermanentDeliveryError, ServerUnavailable, TemporaryDeliveryError

log = logging.getLogger(__name__)

__all__ = ["SmtpSender"]


class SmtpSender:
    def __init__(self, cfg: Smtp, password: Secret | None = None) -> None:
        self.cfg = cfg
        self._password = password
        self.key = f"smtp:{cfg.username + '@' if cfg.username else ''}{cfg.host}:{cfg.port}"
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpSender:
        return self  # the connection opens at the first send

    def __exit__(self, *exc: object) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()

    def _context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.cfg.ca_file or None)

    def _connect(self) -> smtplib.SMTP:
        cfg = self.cfg
        try:
            if cfg.tls == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(cfg.host, cfg.port, timeout=cfg.timeout, context=self._context())
            else:
                smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
                if cfg.tls == "starttls":
                    smtp.starttls(context=self._context())
            if cfg.username:
                smtp.login(cfg.username, self._password.reveal() if self._password else "")
        except smtplib.SMTPAuthenticationError as exc:
            raise ServerUnavailable(f"{self.key}: login refused: {exc.smtp_code} {_text(exc.smtp_error)}") from exc
        except (smtplib.SMTPException, OSError, ssl.SSLError) as exc:
            raise ServerUnavailable(f"{self.key}: cannot connect: {type(exc).__name__}: {exc}") from exc
        return smtp

    def send(self, raw: bytes, sender: str, recipients: Sequence[str]) -> None:
        """Hand one message to the server; its reply decides temporary or permanent failure."""
        if self._smtp is None:
            self._smtp = self._connect()
        try:
            refused = self._smtp.sendmail(sender, list(recipients), raw)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = {code for code, _ in exc.recipients.values()}
            detail = "; ".join(f"{r}: {c} {_text(m)}" for r, (c, m) in exc.recipients.items())
            if all(500 <= c < 600 for c in codes):
                raise PermanentDeliveryError(f"recipients refused: {detail}") from exc
            raise TemporaryDeliveryError(f"recipients refused for now: {detail}") from exc
        except smtplib.SMTPResponseException as exc:
            self._drop_after(exc.smtp_code)
            message = f"{exc.smtp_code} {_text(exc.smtp_error)}"
            if 500 <= exc.smtp_code < 600:
                raise PermanentDeliveryError(message) from exc
            raise TemporaryDeliveryError(message) from exc
        except (smtplib.SMTPException, OSError) as exc:  # the connection went away mid-mail
            self._smtp = None
            raise ServerUnavailable(f"{self.key}: {type(exc).__name__}: {exc}") from exc
        if refused:  # some recipients took it, some did not: it went out, say who not
            log.warning("sent, but refused for %s", ", ".join(f"{r} ({c})" for r, (c, _) in refused.items()))

    def _drop_after(self, code: int) -> None:
        """After 421 the server closes the connection: open a fresh one for the next mail."""
        if code == 421:
            smtp, self._smtp = self._smtp, None
            if smtp is not None:
                smtp.close()


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
