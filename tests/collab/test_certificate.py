"""The room's self-signed certificate, made with the standard library alone, read by OpenSSL and by cryptography."""

import socket
import ssl
import threading

import pytest
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from journey_studio.collab.certificate import G, N, multiply, on_curve, self_signed
from journey_studio.collab.tls import load_or_create_identity, pinned_context


@pytest.fixture(scope="module")
def made():
    return self_signed("Journey Studio live room", ("localhost",), (bytes([127, 0, 0, 1]),))


def test_the_curve_arithmetic_holds():
    assert on_curve(G) and on_curve(multiply(12345)) and multiply(N) is None
    assert multiply(2) == multiply(1, multiply(2)) and multiply(5) != multiply(6)
    assert not on_curve((G[0], G[1] + 1))


def test_cryptography_reads_the_certificate_and_checks_its_signature(made):
    cert_pem, key_pem = made
    certificate = x509.load_pem_x509_certificate(cert_pem)
    certificate.public_key().verify(certificate.signature, certificate.tbs_certificate_bytes, ec.ECDSA(hashes.SHA256()))
    key = serialization.load_pem_private_key(key_pem, None)
    assert key.public_key().public_numbers() == certificate.public_key().public_numbers()
    assert certificate.version == x509.Version.v3
    assert certificate.subject.rfc4514_string() == "CN=Journey Studio live room" == certificate.issuer.rfc4514_string()
    constraints = certificate.extensions.get_extension_for_class(x509.BasicConstraints)
    assert constraints.critical and constraints.value.ca
    names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert names.get_values_for_type(x509.DNSName) == ["localhost"]
    assert [str(a) for a in names.get_values_for_type(x509.IPAddress)] == ["127.0.0.1"]
    days = (certificate.not_valid_after_utc - certificate.not_valid_before_utc).days
    assert 3650 <= days <= 3651
    # The check can fail: one flipped byte in the signed part and the signature no longer holds.
    tampered = bytearray(certificate.tbs_certificate_bytes)
    tampered[-5] ^= 0x01
    with pytest.raises(InvalidSignature):
        certificate.public_key().verify(certificate.signature, bytes(tampered), ec.ECDSA(hashes.SHA256()))


def test_openssl_refuses_a_key_that_is_not_the_certificates(made, tmp_path):
    other_cert, other_key = self_signed("other", (), ())
    (tmp_path / "cert.pem").write_bytes(made[0])
    (tmp_path / "key.pem").write_bytes(made[1])
    (tmp_path / "other-key.pem").write_bytes(other_key)
    ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    with pytest.raises(ssl.SSLError):
        ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(tmp_path / "cert.pem", tmp_path / "other-key.pem")


def test_a_tls_handshake_with_the_pinned_certificate(tmp_path):
    identity = load_or_create_identity(tmp_path / "tls")
    assert oct((tmp_path / "tls" / "room-key.pem").stat().st_mode & 0o777) == "0o600"
    server_context = identity.server_context()
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    received: list[bytes] = []

    def serve() -> None:
        for _ in range(2):  # the pinning probe, then the real connection
            raw, _address = listener.accept()
            try:
                with server_context.wrap_socket(raw, server_side=True) as tls:
                    received.append(tls.recv(5))
            except (ssl.SSLError, OSError):
                received.append(b"")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    context = pinned_context("127.0.0.1", port, identity.fingerprint)
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw, context.wrap_socket(raw) as tls:
        assert tls.version() in ("TLSv1.2", "TLSv1.3")
        tls.sendall(b"hello")
    thread.join(10)
    listener.close()
    assert received[-1] == b"hello"
