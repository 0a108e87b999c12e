"""Owner-only files and folders on Windows: a protected access list naming only the current user and SYSTEM.

``chmod 0600`` means nothing to Windows: a file there gets the access list its folder passes down, which on a
shared PC may let every user read it (a folder under ``C:\\ProgramData``, a profile an administrator loosened).
This module replaces a file's or folder's access list with one that allows full control to the user the kiosk runs
as and to SYSTEM (backups and the OS itself), and nobody else, and stops it inheriting anything from above. A
folder's list is passed down to everything created in it later (SQLite's ``-wal`` and ``-journal`` files too).

Only ctypes and the standard library; imported on Windows only (``kiosk.files`` does that lazily).
"""

from __future__ import annotations

import ctypes
import sys
from ctypes import wintypes
from dataclasses import dataclass
from pathlib import Path

if sys.platform != "win32":  # pragma: no cover - guarded by every caller
    raise ImportError("kiosk.winsec is for Windows only")

SYSTEM_SID = "S-1-5-18"
FILE_ALL_ACCESS = 0x001F01FF
_SE_FILE_OBJECT = 1
_DACL_SECURITY_INFORMATION = 0x00000004
_PROTECTED_DACL_SECURITY_INFORMATION = 0x80000000
_SE_DACL_PROTECTED = 0x1000
_TOKEN_QUERY = 0x0008
_TOKEN_USER = 1
_SDDL_REVISION_1 = 1
_ACL_SIZE_INFORMATION = 2
_ACCESS_ALLOWED_ACE_TYPE = 0

_advapi32 = ctypes.WinDLL("advapi32", use_last_error=True)
_kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)

_advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW.argtypes = [
    wintypes.LPCWSTR, wintypes.DWORD, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(wintypes.ULONG)]
_advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW.restype = wintypes.BOOL
_advapi32.GetSecurityDescriptorControl.argtypes = [
    ctypes.c_void_p, ctypes.POINTER(wintypes.WORD), ctypes.POINTER(wintypes.DWORD)]
_advapi32.GetSecurityDescriptorControl.restype = wintypes.BOOL
_advapi32.SetFileSecurityW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD, ctypes.c_void_p]
_advapi32.SetFileSecurityW.restype = wintypes.BOOL
_advapi32.GetNamedSecurityInfoW.argtypes = [
    wintypes.LPCWSTR, ctypes.c_int, wintypes.DWORD, ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_void_p),
    ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_void_p)]
_advapi32.GetNamedSecurityInfoW.restype = wintypes.DWORD
_advapi32.OpenProcessToken.argtypes = [wintypes.HANDLE, wintypes.DWORD, ctypes.POINTER(wintypes.HANDLE)]
_advapi32.OpenProcessToken.restype = wintypes.BOOL
_advapi32.GetTokenInformation.argtypes = [
    wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p, wintypes.DWORD, ctypes.POINTER(wintypes.DWORD)]
_advapi32.GetTokenInformation.restype = wintypes.BOOL
_advapi32.ConvertSidToStringSidW.argtypes = [ctypes.c_void_p, ctypes.POINTER(wintypes.LPWSTR)]
_advapi32.ConvertSidToStringSidW.restype = wintypes.BOOL
_advapi32.GetAclInformation.argtypes = [ctypes.c_void_p, ctypes.c_void_p, wintypes.DWORD, ctypes.c_int]
_advapi32.GetAclInformation.restype = wintypes.BOOL
_advapi32.GetAce.argtypes = [ctypes.c_void_p, wintypes.DWORD, ctypes.POINTER(ctypes.c_void_p)]
_advapi32.GetAce.restype = wintypes.BOOL
_kernel32.GetCurrentProcess.argtypes = []
_kernel32.GetCurrentProcess.restype = wintypes.HANDLE
_kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
_kernel32.CloseHandle.restype = wintypes.BOOL
_kernel32.LocalFree.argtypes = [ctypes.c_void_p]
_kernel32.LocalFree.restype = ctypes.c_void_p


class _AclSizeInformation(ctypes.Structure):
    _fields_ = [("AceCount", wintypes.DWORD), ("AclBytesInUse", wintypes.DWORD), ("AclBytesFree", wintypes.DWORD)]


class _AceHeader(ctypes.Structure):
    _fields_ = [("AceType", ctypes.c_ubyte), ("AceFlags", ctypes.c_ubyte), ("AceSize", wintypes.WORD)]


class _AccessAllowedAce(ctypes.Structure):
    _fields_ = [("Header", _AceHeader), ("Mask", wintypes.DWORD), ("SidStart", wintypes.DWORD)]


def _fail(what: str, code: int | None = None) -> OSError:
    code = ctypes.get_last_error() if code is None else code
    return ctypes.WinError(code, f"{what}: {ctypes.FormatError(code).strip()}")


def _sid_text(sid: int | None) -> str:
    text = wintypes.LPWSTR()
    if not _advapi32.ConvertSidToStringSidW(sid, ctypes.byref(text)):
        raise _fail("ConvertSidToStringSidW")
    try:
        return text.value or ""
    finally:
        _kernel32.LocalFree(ctypes.cast(text, ctypes.c_void_p))


def current_user_sid() -> str:
    """The security id of the user this process runs as (``S-1-5-21-...``)."""
    token = wintypes.HANDLE()
    if not _advapi32.OpenProcessToken(_kernel32.GetCurrentProcess(), _TOKEN_QUERY, ctypes.byref(token)):
        raise _fail("OpenProcessToken")
    try:
        needed = wintypes.DWORD()
        _advapi32.GetTokenInformation(token, _TOKEN_USER, None, 0, ctypes.byref(needed))
        buffer = ctypes.create_string_buffer(needed.value)
        if not _advapi32.GetTokenInformation(token, _TOKEN_USER, buffer, needed, ctypes.byref(needed)):
            raise _fail("GetTokenInformation")
        # TOKEN_USER starts with a SID_AND_ATTRIBUTES whose first field points at the SID.
        return _sid_text(ctypes.c_void_p.from_buffer(buffer).value)
    finally:
        _kernel32.CloseHandle(token)


def owner_only_sddl(user_sid: str, *, folder: bool) -> str:
    """The access list, in SDDL: protected (``P``: nothing inherited from above), full control for the user and for
    SYSTEM; on a folder, passed down to the files (``OI``) and folders (``CI``) created in it."""
    inherit = "OICI" if folder else ""
    return f"D:P(A;{inherit};FA;;;{user_sid})(A;{inherit};FA;;;SY)"


def make_owner_only(path: Path) -> None:
    """Give ``path`` (a file or a folder) an access list naming only the current user and SYSTEM (OSError if it
    cannot be set).

    SetFileSecurityW rather than SetNamedSecurityInfoW: Wine 8 answers the latter with success and changes
    nothing, so ``make test-windows`` could not check it; the former does the same on Windows (the ``P`` in the
    descriptor stops inheritance, and files created in a folder later take its ``OICI`` entries either way). It
    does not rewrite files already in a folder, which is why callers make each file private too.
    """
    sddl = owner_only_sddl(current_user_sid(), folder=Path(path).is_dir())
    descriptor = ctypes.c_void_p()
    if not _advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
            sddl, _SDDL_REVISION_1, ctypes.byref(descriptor), None):
        raise _fail("ConvertStringSecurityDescriptorToSecurityDescriptorW")
    try:
        if not _advapi32.SetFileSecurityW(
                str(path), _DACL_SECURITY_INFORMATION | _PROTECTED_DACL_SECURITY_INFORMATION, descriptor):
            raise _fail(f"SetFileSecurityW({path})")
    finally:
        _kernel32.LocalFree(descriptor)


def under_wine() -> bool:
    """Whether this is Wine rather than Windows (Wine keeps no "protected" mark on an access list)."""
    try:
        ctypes.WinDLL("ntdll").wine_get_version  # noqa: B018 - only Wine's ntdll has it
    except AttributeError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class Access:
    """Who may open a file, read back from its access list."""

    protected: bool  # inherits nothing from its folder
    allowed: dict[str, int]  # SID -> access mask of each "allow" entry
    denied_or_other: int  # entries of any other kind


def read_access(path: Path) -> Access:
    """The access list of ``path`` as Windows reports it (GetNamedSecurityInfoW)."""
    dacl, descriptor = ctypes.c_void_p(), ctypes.c_void_p()
    code = _advapi32.GetNamedSecurityInfoW(str(path), _SE_FILE_OBJECT, _DACL_SECURITY_INFORMATION, None, None,
                                           ctypes.byref(dacl), None, ctypes.byref(descriptor))
    if code:
        raise _fail(f"GetNamedSecurityInfoW({path})", code)
    try:
        control, revision = wintypes.WORD(), wintypes.DWORD()
        if not _advapi32.GetSecurityDescriptorControl(descriptor, ctypes.byref(control), ctypes.byref(revision)):
            raise _fail("GetSecurityDescriptorControl")
        allowed: dict[str, int] = {}
        other = 0
        if dacl.value:  # a NULL access list would mean everyone may do anything
            size = _AclSizeInformation()
            if not _advapi32.GetAclInformation(dacl, ctypes.byref(size), ctypes.sizeof(size), _ACL_SIZE_INFORMATION):
                raise _fail("GetAclInformation")
            for index in range(size.AceCount):
                ace = ctypes.c_void_p()
                if not _advapi32.GetAce(dacl, index, ctypes.byref(ace)):
                    raise _fail("GetAce")
                entry = ctypes.cast(ace, ctypes.POINTER(_AccessAllowedAce)).contents
                if entry.Header.AceType != _ACCESS_ALLOWED_ACE_TYPE:
                    other += 1
                    continue
                sid = _sid_text(ace.value + _AccessAllowedAce.SidStart.offset)
                allowed[sid] = allowed.get(sid, 0) | entry.Mask
        else:
            allowed["S-1-1-0"] = FILE_ALL_ACCESS  # Everyone
        return Access(bool(control.value & _SE_DACL_PROTECTED), allowed, other)
    finally:
        _kernel32.LocalFree(descriptor)
