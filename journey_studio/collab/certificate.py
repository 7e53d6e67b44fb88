"""A self-signed certificate for a live room, made with the standard library alone (ECDSA P-256, X.509 v3).

Why not the ``cryptography`` package: it is 12 MB in the standalone bundle (its compiled core
carries a second OpenSSL) for one call made once per machine, while TLS itself is the standard
``ssl`` module's. What is needed here is small and fixed: a P-256 key, one ECDSA signature, and
the DER encoding of one certificate shape. The security of a live room does not rest on this
signature (clients pin the certificate's SHA-256 fingerprint from the link, see tls.py) but on the
private key staying private: it is drawn from ``secrets`` and written readable by its owner only.
The arithmetic is plain Python, not constant-time: it runs once, on the host's own machine, with
nobody to time it. ``tests/collab/test_certificate.py`` checks the result with OpenSSL (a TLS
handshake) and with ``cryptography`` (the signature, the key). No Qt here.
"""

import base64
import datetime
import hashlib
import secrets

# NIST P-256 (secp256r1), FIPS 186-4 D.1.2.3.
P = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF
A = P - 3
B = 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B
N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
G = (
    0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
    0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5,
)

Point = tuple[int, int] | None
"""A point of the curve in affine coordinates; None is the point at infinity."""

OID_EC_PUBLIC_KEY = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2"
OID_COMMON_NAME = "2.5.4.3"
OID_BASIC_CONSTRAINTS = "2.5.29.19"
OID_SUBJECT_ALT_NAME = "2.5.29.17"


# --- the curve -----------------------------------------------------------------------------------


def _add(p: Point, q: Point) -> Point:
    if p is None:
        return q
    if q is None:
        return p
    (x1, y1), (x2, y2) = p, q
    if x1 == x2 and (y1 + y2) % P == 0:
        return None
    tangent = p == q
    slope = ((3 * x1 * x1 + A) * pow(2 * y1, -1, P) if tangent else (y2 - y1) * pow(x2 - x1, -1, P)) % P
    x3 = (slope * slope - x1 - x2) % P
    return x3, (slope * (x1 - x3) - y1) % P


def multiply(k: int, point: Point = G) -> Point:
    result: Point = None
    while k:
        if k & 1:
            result = _add(result, point)
        point = _add(point, point)
        k >>= 1
    return result


def on_curve(point: Point) -> bool:
    if point is None:
        return False
    x, y = point
    return (y * y - (x * x * x + A * x + B)) % P == 0


def _scalar() -> int:
    return secrets.randbelow(N - 1) + 1


def sign(private: int, message: bytes) -> tuple[int, int]:
    """ECDSA over SHA-256 with a fresh random nonce (FIPS 186-4, 6.4)."""
    digest = int.from_bytes(hashlib.sha256(message).digest(), "big")
    while True:
        nonce = _scalar()
        point = multiply(nonce)
        assert point is not None
        r = point[0] % N
        s = pow(nonce, -1, N) * (digest + r * private) % N
        if r and s:
            return r, s


# --- DER -----------------------------------------------------------------------------------------


def _tlv(tag: int, content: bytes) -> bytes:
    length = len(content)
    if length < 0x80:
        return bytes([tag, length]) + content
    size = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(size)]) + size + content


def _sequence(*items: bytes) -> bytes:
    return _tlv(0x30, b"".join(items))


def _integer(value: int) -> bytes:
    return _tlv(0x02, value.to_bytes(value.bit_length() // 8 + 1, "big"))  # a leading 0 keeps it positive


def _oid(dotted: str) -> bytes:
    numbers = [int(part) for part in dotted.split(".")]
    body = bytearray([40 * numbers[0] + numbers[1]])
    for number in numbers[2:]:
        chunk = [number & 0x7F]
        number >>= 7
        while number:
            chunk.append(0x80 | (number & 0x7F))
            number >>= 7
        body.extend(reversed(chunk))
    return _tlv(0x06, bytes(body))


def _bit_string(data: bytes) -> bytes:
    return _tlv(0x03, b"\x00" + data)


def _time(moment: datetime.datetime) -> bytes:
    """UTCTime until 2049, GeneralizedTime after (RFC 5280, 4.1.2.5)."""
    if moment.year < 2050:
        return _tlv(0x17, moment.strftime("%y%m%d%H%M%SZ").encode("ascii"))
    return _tlv(0x18, moment.strftime("%Y%m%d%H%M%SZ").encode("ascii"))


def _name(common_name: str) -> bytes:
    return _sequence(_tlv(0x31, _sequence(_oid(OID_COMMON_NAME), _tlv(0x0C, common_name.encode("utf-8")))))


def _pem(label: str, der: bytes) -> bytes:
    body = base64.encodebytes(der).decode("ascii").replace("\n", "")
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return (f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----\n").encode("ascii")


# --- the certificate -----------------------------------------------------------------------------


def self_signed(
    common_name: str, dns_names: tuple[str, ...], ip_addresses: tuple[bytes, ...], days: int = 3650
) -> tuple[bytes, bytes]:
    """(certificate PEM, PKCS#8 private key PEM): a fresh P-256 key and a CA:true certificate for it."""
    private = _scalar()
    public = multiply(private)
    assert public is not None and on_curve(public)
    encoded_point = b"\x04" + public[0].to_bytes(32, "big") + public[1].to_bytes(32, "big")
    algorithm = _sequence(_oid(OID_ECDSA_SHA256))
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    alt_names = b"".join(
        [_tlv(0x82, name.encode("ascii")) for name in dns_names] + [_tlv(0x87, address) for address in ip_addresses]
    )
    extensions = _tlv(
        0xA3,
        _sequence(
            _sequence(_oid(OID_BASIC_CONSTRAINTS), _tlv(0x01, b"\xff"), _tlv(0x04, _sequence(_tlv(0x01, b"\xff")))),
            _sequence(_oid(OID_SUBJECT_ALT_NAME), _tlv(0x04, _sequence(alt_names))),
        ),
    )
    to_be_signed = _sequence(
        _tlv(0xA0, _integer(2)),  # version 3
        _integer(int.from_bytes(secrets.token_bytes(16), "big") >> 1 or 1),  # positive, at most 20 bytes
        algorithm,
        _name(common_name),
        _sequence(_time(now - datetime.timedelta(days=1)), _time(now + datetime.timedelta(days=days))),
        _name(common_name),
        _sequence(_sequence(_oid(OID_EC_PUBLIC_KEY), _oid(OID_P256)), _bit_string(encoded_point)),
        extensions,
    )
    r, s = sign(private, to_be_signed)
    certificate = _sequence(to_be_signed, algorithm, _bit_string(_sequence(_integer(r), _integer(s))))
    ec_private_key = _sequence(
        _integer(1), _tlv(0x04, private.to_bytes(32, "big")), _tlv(0xA1, _bit_string(encoded_point))
    )
    pkcs8 = _sequence(_integer(0), _sequence(_oid(OID_EC_PUBLIC_KEY), _oid(OID_P256)), _tlv(0x04, ec_private_key))
    return _pem("CERTIFICATE", certificate), _pem("PRIVATE KEY", pkcs8)
