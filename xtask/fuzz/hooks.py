"""Schemathesis hooks for the spec-conformance fuzz step (run.py beside this file loads them
through SCHEMATHESIS_HOOKS).

They do three things a generic fuzzer cannot:

1. Authenticate where the credential lives in the request body, which schemathesis.toml's
   `[auth]` cannot express: Termii's `api_key` field; pipwave's `api_key` field, fresh
   `timestamp` and `signature`. (Header keys, pipwave's `x-api-key`, ShoutOUT's `Authorization`
   and Octopush's `api-login`/`api-key`, and Twilio Verify's HTTP Basic, are declared security
   schemes, so schemathesis.toml sets them: that way schemathesis knows them and can leave them
   off to see them enforced.)
2. Give some verify cases a real session. A random `pin_id`/`reference`/`referenceId`/token/
   verification SID never names a code the sandbox sent, so without this the verify operations'
   success answers (the ones most worth checking against the spec) would never be seen. Twilio
   Verify's paths name its Verify Service, which the sandbox's must be for any answer but 404.
3. Count, per operation, the requests sent and the 2xx answers (for pipwave, per action and per
   body `status`, since every pipwave outcome is HTTP 200), into the JSON file named by
   OTPKIT_FUZZ_COUNTS, which run.py reports and gates on; and check pipwave's body `status`
   where the generic checks can only read the HTTP status.

The credentials are the sandbox defaults (crates/sandbox/src/lib.rs, `Config::default`).
"""

from __future__ import annotations

import atexit
import copy
import hashlib
import json
import os
import re
import threading
import time
from collections import Counter, defaultdict

import requests
import schemathesis

# Where the sandbox runs (http://127.0.0.1:PORT, no vendor prefix); set by run.py.
SANDBOX = os.environ.get("OTPKIT_FUZZ_SANDBOX", "").rstrip("/")
COUNTS_PATH = os.environ.get("OTPKIT_FUZZ_COUNTS")

TERMII_KEY = "sandbox-termii-key"
PIPWAVE_KEY = "sandbox-pipwave-key"
PIPWAVE_SECRET = "sandbox-pipwave-secret"
SHOUTOUT_AUTH = {"Authorization": "Apikey sandbox-shoutout-key"}
OCTOPUSH_AUTH = {"api-login": "sandbox@example.com", "api-key": "sandbox-octopush-key"}
TWILIO_SERVICE = "VA0a1b2c3d4e5f60718293a4b5c6d7e8f9"
TWILIO_AUTH = ("SK2a0747eba6abf96b7e3c3ff0b4530f6e", "sandbox-twilio-api-secret")

# The specs' `info.title`, which is also how schemathesis.toml picks a [[project]].
TERMII, PIPWAVE = "Termii Token API", "pipwave Phone Verification API"
SHOUTOUT, OCTOPUSH = "ShoutOUT OTP Service", "Octopush OTP API"
TWILIO = "Twilio Verify API"


def vendor(case) -> str:
    return case.operation.schema.raw_schema.get("info", {}).get("title", "")


def operation_id(case) -> str:
    return case.operation.definition.raw.get("operationId", case.operation.label)


# --- 1. Body authentication -------------------------------------------------------------------


# The fields each pipwave action signs (spec SendTokenRequest and VerifyTokenAnswerRequest
# descriptions; NOTES.md section 2.3). Only these: the generated bodies may carry extra fields,
# which pipwave (and the sandbox, which checks the fields it knows) leaves out of the signature.
PIPWAVE_SIGNED = {
    "send-token": ["action", "timestamp", "api_key", "user_id", "contact_no_country_dialing_code", "contact_no"],
    "verify-token-answer": [
        "action", "timestamp", "api_key", "user_id", "reference",
        "contact_no_country_dialing_code", "contact_no", "answer",
    ],
}


def pipwave_signature(body: dict) -> str | None:
    """The signature of `body` as crates/pipwave/src/signature.rs computes it: the signed fields
    present plus `api_secret`, sorted by key, `key:value` with no separator, lowercase SHA-1
    hex. None when the action is unknown or a signed field is not a string or an integer (a
    negative case; the Rust client cannot sign such a body either)."""
    act = body.get("action")
    signed = PIPWAVE_SIGNED.get(act) if isinstance(act, str) else None
    if signed is None:
        return None
    fields = {"api_secret": PIPWAVE_SECRET}
    for key in signed:
        if key not in body:
            continue
        value = body[key]
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            return None
        fields[key] = str(value)
    text = "".join(f"{key}:{fields[key]}" for key in sorted(fields))
    return hashlib.sha1(text.encode()).hexdigest()


def is_text(value) -> bool:
    return isinstance(value, str)


def is_pipwave_key(value) -> bool:
    return isinstance(value, str) and 1 <= len(value) <= 64


def is_timestamp(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def is_signature(value) -> bool:
    return isinstance(value, str) and re.fullmatch("[0-9a-f]{40}", value) is not None


def put(body: dict, key: str, value, valid) -> None:
    """Puts the real credential `value` where the generated body has a schema-valid placeholder
    for it. A negative case that left the field out or broke it keeps it that way, so that the
    sandbox is still seen to refuse a missing or malformed credential."""
    if key in body and valid(body[key]):
        body[key] = value


def authenticate(title: str, body: dict) -> None:
    """Termii: `api_key` in the body (NOTES.md section 1.3). pipwave: `api_key` (the same key as
    the x-api-key header), the call's `timestamp` and the `signature` (NOTES.md section 2.3)."""
    if title == TERMII:
        put(body, "api_key", TERMII_KEY, is_text)
    elif title == PIPWAVE:
        put(body, "api_key", PIPWAVE_KEY, is_pipwave_key)
        put(body, "timestamp", int(time.time()), is_timestamp)
        signature = pipwave_signature(body)
        if signature is not None:
            put(body, "signature", signature, is_signature)


# --- 2. Real sessions for verify cases ---------------------------------------------------------

_sequence = iter(range(1, 10**9))
_sequence_lock = threading.Lock()


def next_number() -> int:
    """A new number for each session, so that pipwave's resend throttle (5002 for the same
    phone within 60 s) never refuses one."""
    with _sequence_lock:
        return next(_sequence)


def inbox_code(destination: str) -> str:
    """The code the sandbox delivered last to `destination` (GET /_sandbox/messages)."""
    response = requests.get(f"{SANDBOX}/_sandbox/messages", params={"destination": destination}, timeout=10)
    response.raise_for_status()
    return response.json()[-1]["code"]


def termii_session(body: dict) -> None:
    # An in-app token hands the PIN back in its answer: no inbox needed.
    sent = requests.post(
        f"{SANDBOX}/termii/api/sms/otp/generate",
        json={
            "api_key": TERMII_KEY,
            "pin_type": "NUMERIC",
            "phone_number": "2348100000000",
            "pin_attempts": 3,
            "pin_time_to_live": 10,
            "pin_length": 6,
        },
        timeout=10,
    ).json()["data"]
    body.update(pin_id=sent["pin_id"], pin=sent["otp"])


def pipwave_session(body: dict) -> None:
    contact = {
        "user_id": "fuzz",
        "contact_no_country_dialing_code": "60",
        "contact_no": f"1{next_number():08d}",
    }
    send = {"action": "send-token", "api_key": PIPWAVE_KEY, "timestamp": int(time.time()), **contact}
    send["signature"] = pipwave_signature(send)
    sent = requests.post(
        f"{SANDBOX}/pipwave/phone-verify", json=send, headers={"x-api-key": PIPWAVE_KEY}, timeout=10
    ).json()
    code = inbox_code(f"+60{contact['contact_no']}")
    body.update(contact, reference=sent["reference"], answer=code)


def shoutout_session(body: dict) -> None:
    phone = f"9477{next_number():07d}"
    sent = requests.post(
        f"{SANDBOX}/shoutout/otpservice/send",
        json={"source": "FuzzDEMO", "destination": phone, "transport": "sms", "content": {"sms": "{{code}}"}},
        headers=SHOUTOUT_AUTH,
        timeout=10,
    ).json()
    body.update(referenceId=sent["referenceId"], code=inbox_code(phone))


def octopush_session(body: dict) -> None:
    phone = f"+336{next_number():08d}"
    sent = requests.post(
        f"{SANDBOX}/octopush/v1/public/service/otp/generate",
        json={"phone_number": phone},
        headers=OCTOPUSH_AUTH,
        timeout=10,
    ).json()
    body.update(otp_request_token=sent["otp_request_token"], code=inbox_code(phone))
    if "phone_number" in body:
        body["phone_number"] = phone


def twilio_verification() -> tuple[str, str]:
    """A verification started on the sandbox's Verify Service: its SID and code."""
    phone = f"+1501{next_number():07d}"
    sent = requests.post(
        f"{SANDBOX}/twilio-verify/v2/Services/{TWILIO_SERVICE}/Verifications",
        data={"To": phone, "Channel": "sms"},
        auth=TWILIO_AUTH,
        timeout=10,
    ).json()
    return sent["sid"], inbox_code(phone)


def twilio_check_session(body: dict) -> None:
    sid, code = twilio_verification()
    body.update(VerificationSid=sid, Code=code)


# Verify operations (operationId, or pipwave's action) and how to open a session for them.
SESSIONS = {
    "verify_token": termii_session,
    "verify-token-answer": pipwave_session,
    "verify_otp": shoutout_session,
    "validate_otp": octopush_session,
    "check_verification": twilio_check_session,
}

# Twilio Verify operations that name a verification in their path.
TWILIO_BY_SID = ("fetch_verification", "update_verification")


def wants_session(case) -> bool:
    """Half of the verify cases, chosen by a hash of the generated body (so every run picks the
    same ones); the other half keeps its random ids and checks the unknown-session answers.

    A case whose body breaks the schema gets a session too: the sandbox then gets past the
    lookup, so whatever else the body broke (a negative `timestamp`, say) must be refused there.
    A case that breaks a header does not: the configured auth puts back the auth headers such a
    case leaves out, and once the session has also replaced its broken body fields nothing
    invalid is left, yet schemathesis still counts it as negative."""
    meta = case.meta
    if meta is not None and any(meta.is_negative_at(where) for where in ("path", "query", "header", "cookie")):
        return False
    seen = {"body": case.body, "path": case.path_parameters}
    digest = hashlib.sha1(json.dumps(seen, sort_keys=True, default=str).encode()).digest()
    return digest[0] % 2 == 0


def action(case) -> str:
    """pipwave's operation is picked by the body `action` (one URL for both); anything else (a
    negative case's missing or mangled action) is "other action"."""
    act = case.body.get("action") if isinstance(case.body, dict) else None
    return act if act in ("send-token", "verify-token-answer") else "other action"


def twilio_paths(case) -> None:
    """Twilio Verify: the path names the sandbox's Verify Service (a random `VA...` is a 404,
    as at Twilio), and half of the fetch and update cases a live verification. A case that
    breaks the path on purpose keeps it."""
    meta = case.meta
    if meta is not None and meta.is_negative_at("path"):
        return
    if case.path_parameters is None:
        return
    case.path_parameters = dict(case.path_parameters, ServiceSid=TWILIO_SERVICE)
    if operation_id(case) in TWILIO_BY_SID and wants_session(case):
        case.path_parameters["Sid"] = twilio_verification()[0]


@schemathesis.hook
def before_call(context, case, kwargs):
    title = vendor(case)
    if title == TWILIO:
        twilio_paths(case)
    if title == TERMII and isinstance(case.query, dict):
        # get_balance and message_history: a GET has no body, so Termii takes the key in the query.
        case.query = dict(case.query)
        put(case.query, "api_key", TERMII_KEY, is_text)
    if not isinstance(case.body, dict):
        return
    key = action(case) if title == PIPWAVE else operation_id(case)
    session = key in SESSIONS and wants_session(case)
    # Edit a copy: a body can share its dicts with the spec's examples, from which later cases
    # are built (and edits in place would leak this run's ids and timestamps into them).
    case.body = copy.deepcopy(case.body)
    if session:
        SESSIONS[key](case.body)
    authenticate(title, case.body)
    name_the_pin_type(title, case)


def name_the_pin_type(title: str, case) -> None:
    """Termii send_token: every Termii page requires one of `pin_type` and `message_type` (the old
    table `message_type`, the newest `pin_type`; NOTES.md section 1.5), so a real client sends
    one. The spec says so in the schema's description only: the `anyOf` of two `required`
    lists that would say it in the schema makes progenitor generate an untagged enum that
    drops one of the fields. A valid case that carries neither gets `pin_type`; a negative case
    is left as generated, so the sandbox's 422 for it is still seen."""
    if title != TERMII or operation_id(case) != "send_token":
        return
    negative = case.meta is not None and case.meta.is_negative_at("body")
    if not negative and "pin_type" not in case.body and "message_type" not in case.body:
        case.body["pin_type"] = "NUMERIC"


# --- 3. Counting, and pipwave's outcomes ------------------------------------------------------


def body_status(response) -> str | None:
    """pipwave's outcome: the body `status` (a number or a string of digits), as text."""
    try:
        body = response.json()
    except ValueError:
        return None
    return str(body.get("status")) if isinstance(body, dict) else None


_counts: dict[str, Counter] = defaultdict(Counter)
_counts_lock = threading.Lock()


@schemathesis.hook
def after_call(context, case, response):
    name = operation_id(case)
    bumps = ["requests"]
    if 200 <= response.status_code < 300:
        bumps.append("2xx")
    if vendor(case) == PIPWAVE:
        name = f"{name} [{action(case)}]"
        bumps.append(f"body status {body_status(response)}")
    with _counts_lock:
        _counts[name].update(bumps)


@atexit.register
def write_counts() -> None:
    if COUNTS_PATH:
        with open(COUNTS_PATH, "w") as out:
            json.dump({name: dict(counts) for name, counts in sorted(_counts.items())}, out, indent=1)


@schemathesis.check
def pipwave_body_status(ctx, response, case):
    """What `negative_data_rejection` and `missing_required_header` check, in pipwave's terms.
    pipwave answers every outcome with HTTP 200 and puts it in the body `status` (spec
    phone_verify x-otpkit-note; NOTES.md section 2.6), so schemathesis.toml turns those checks
    (and `ignored_auth`) off for pipwave and this one reads the body instead: neither a request without the
    `x-api-key` header nor a schema-violating one may get status 200."""
    if vendor(case) != PIPWAVE:
        return None
    if body_status(response) != "200":
        return None
    if "x-api-key" not in response.request.headers:
        raise AssertionError("a request without the x-api-key header got body status 200")
    # The body only: the header is judged above by what was sent.
    if case.meta is not None and case.meta.is_negative_at("body"):
        raise AssertionError("a schema-violating request body got body status 200")
    return None
