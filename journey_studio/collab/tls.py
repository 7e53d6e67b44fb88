"""The room server's self-signed certificate, and the pinned trust a client gives it.

There is no certificate authority on a workshop LAN: the host makes its own certificate and
puts its SHA-256 fingerprint in the link. The client checks that fingerprint on a first TLS
handshake before sending anything (the token included), then trusts exactly that certificate.
No Qt here.
"""

import hashlib
import ipaddress
import os
import socket
import ssl
from dataclasses import dataclass
from pathlib import Path

from .certificate import self_signed

CERT_FILE = "room-cert.pem"
KEY_FILE = "room-key.pem"


class CertificateMismatch(ConnectionError):
    """The server's certificate is not the one the link names."""


@dataclass(frozen=True)
class TlsIdentity:
    cert_path: Path
    key_path: Path
    fingerprint: str

    def server_context(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(self.cert_path, self.key_path)
        return context


def fingerprint_of(der: bytes) -> str:
    return hashlib.sha256(der).hexdigest()


def load_or_create_identity(folder: Path) -> TlsIdentity:
    """The certificate kept in ``folder`` (made on first use, valid ten years; key readable by the owner only)."""
    folder.mkdir(parents=True, exist_ok=True)
    cert_path, key_path = folder / CERT_FILE, folder / KEY_FILE
    if not (cert_path.exists() and key_path.exists()):
        _create(cert_path, key_path)
    der = ssl.PEM_cert_to_DER_cert(cert_path.read_text("ascii"))
    return TlsIdentity(cert_path, key_path, fingerprint_of(der))


def _create(cert_path: Path, key_path: Path) -> None:
    """A new P-256 key and its certificate (certificate.py: the standard library only, no ``cryptography``)."""
    cert_pem, key_pem = self_signed("Journey Studio live room", ("localhost",),
                                    (ipaddress.ip_address("127.0.0.1").packed,))
    descriptor = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(key_pem)
    cert_path.write_bytes(cert_pem)


def pinned_context(host: str, port: int, fingerprint: str, timeout: float = 5.0) -> ssl.SSLContext:
    """A client context that accepts only the certificate whose SHA-256 is ``fingerprint``.

    Fetches the certificate on a first handshake (nothing is sent over it), compares, then
    trusts exactly that certificate. Raises CertificateMismatch when it differs.
    """
    probe = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    probe.check_hostname = False
    probe.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port), timeout=timeout) as raw, \
            probe.wrap_socket(raw, server_hostname=host) as tls:
        der = tls.getpeercert(binary_form=True)
    if der is None or fingerprint_of(der) != fingerprint.lower():
        raise CertificateMismatch("the room's certificate is not the one in the link")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cadata=ssl.DER_cert_to_PEM_cert(der))
    return context
