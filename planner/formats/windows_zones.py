"""Windows time zone names (Outlook, Exchange) mapped to IANA zones: zone IDs and display names.

Zone IDs ("Central Europe Standard Time"): the Unicode CLDR table
common/supplemental/windowsZones.xml, territory "001" (the default zone of each Windows
name), CLDR commit c33a1f0a23e3b676b406345fe0b42c130defc51d (2025-04-10), as generated
into icalendar's ``windows_to_olson`` module. We ship our own copy so the mapping does
not change under us when a library is upgraded. One deliberate deviation: "Central
Europe Standard Time" maps to Europe/Prague, which CLDR lists for territory CZ (the 001
default, Europe/Budapest, has the same rules).

Display names ("(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague"): Outlook
and Exchange 2007-2013 write them as TZID, often without a VTIMEZONE, and CLDR does not
list them. DISPLAY_NAMES holds Windows' own display name of each zone ID (the "Display"
value of HKLM\\...\\Time Zones\\<ID>, English, as Windows 10/11 ship it), every European
zone and the common world ones. Older Windows wrote "(GMT+01:00) ..." and sometimes other
city lists; :func:`iana_for_display_name` therefore matches the cities, not the whole
string, and uses the offset in brackets to choose between zones. No Qt here.
"""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


WINDOWS_ZONES: dict[str, str] = {
    "AUS Central Standard Time": "Australia/Darwin",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "Afghanistan Standard Time": "Asia/Kabul",
    "Alaskan Standard Time": "America/Anchorage",
    "Aleutian Standard Time": "America/Adak",
    "Altai Standard Time": "Asia/Barnaul",
    "Arab Standard Time": "Asia/Riyadh",
    "Arabian Standard Time": "Asia/Dubai",
    "Arabic Standard Time": "Asia/Baghdad",
    "Argentina Standard Time": "America/Buenos_Aires",
    "Astrakhan Standard Time": "Europe/Astrakhan",
    "Atlantic Standard Time": "America/Halifax",
    "Aus Central W. Standard Time": "Australia/Eucla",
    "Azerbaijan Standard Time": "Asia/Baku",
    "Azores Standard Time": "Atlantic/Azores",
    "Bahia Standard Time": "America/Bahia",
    "Bangladesh Standard Time": "Asia/Dhaka",
    "Belarus Standard Time": "Europe/Minsk",
    "Bougainville Standard Time": "Pacific/Bougainville",
    "Canada Central Standard Time": "America/Regina",
    "Cape Verde Standard Time": "Atlantic/Cape_Verde",
    "Caucasus Standard Time": "Asia/Yerevan",
    "Cen. Australia Standard Time": "Australia/Adelaide",
    "Central America Standard Time": "America/Guatemala",
    "Central Asia Standard Time": "Asia/Bishkek",
    "Central Brazilian Standard Time": "America/Cuiaba",
    "Central Europe Standard Time": "Europe/Prague",
    "Central European Standard Time": "Europe/Warsaw",
    "Central Pacific Standard Time": "Pacific/Guadalcanal",
    "Central Standard Time": "America/Chicago",
    "Central Standard Time (Mexico)": "America/Mexico_City",
    "Chatham Islands Standard Time": "Pacific/Chatham",
    "China Standard Time": "Asia/Shanghai",
    "Cuba Standard Time": "America/Havana",
    "Dateline Standard Time": "Etc/GMT+12",
    "E. Africa Standard Time": "Africa/Nairobi",
    "E. Australia Standard Time": "Australia/Brisbane",
    "E. Europe Standard Time": "Europe/Chisinau",
    "E. South America Standard Time": "America/Sao_Paulo",
    "Easter Island Standard Time": "Pacific/Easter",
    "Eastern Standard Time": "America/New_York",
    "Eastern Standard Time (Mexico)": "America/Cancun",
    "Egypt Standard Time": "Africa/Cairo",
    "Ekaterinburg Standard Time": "Asia/Yekaterinburg",
    "FLE Standard Time": "Europe/Kiev",
    "Fiji Standard Time": "Pacific/Fiji",
    "GMT Standard Time": "Europe/London",
    "GTB Standard Time": "Europe/Bucharest",
    "Georgian Standard Time": "Asia/Tbilisi",
    "Greenland Standard Time": "America/Godthab",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "Haiti Standard Time": "America/Port-au-Prince",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "India Standard Time": "Asia/Calcutta",
    "Iran Standard Time": "Asia/Tehran",
    "Israel Standard Time": "Asia/Jerusalem",
    "Jordan Standard Time": "Asia/Amman",
    "Kaliningrad Standard Time": "Europe/Kaliningrad",
    "Korea Standard Time": "Asia/Seoul",
    "Libya Standard Time": "Africa/Tripoli",
    "Line Islands Standard Time": "Pacific/Kiritimati",
    "Lord Howe Standard Time": "Australia/Lord_Howe",
    "Magadan Standard Time": "Asia/Magadan",
    "Magallanes Standard Time": "America/Punta_Arenas",
    "Marquesas Standard Time": "Pacific/Marquesas",
    "Mauritius Standard Time": "Indian/Mauritius",
    "Middle East Standard Time": "Asia/Beirut",
    "Montevideo Standard Time": "America/Montevideo",
    "Morocco Standard Time": "Africa/Casablanca",
    "Mountain Standard Time": "America/Denver",
    "Mountain Standard Time (Mexico)": "America/Mazatlan",
    "Myanmar Standard Time": "Asia/Rangoon",
    "N. Central Asia Standard Time": "Asia/Novosibirsk",
    "Namibia Standard Time": "Africa/Windhoek",
    "Nepal Standard Time": "Asia/Katmandu",
    "New Zealand Standard Time": "Pacific/Auckland",
    "Newfoundland Standard Time": "America/St_Johns",
    "Norfolk Standard Time": "Pacific/Norfolk",
    "North Asia East Standard Time": "Asia/Irkutsk",
    "North Asia Standard Time": "Asia/Krasnoyarsk",
    "North Korea Standard Time": "Asia/Pyongyang",
    "Omsk Standard Time": "Asia/Omsk",
    "Pacific SA Standard Time": "America/Santiago",
    "Pacific Standard Time": "America/Los_Angeles",
    "Pacific Standard Time (Mexico)": "America/Tijuana",
    "Pakistan Standard Time": "Asia/Karachi",
    "Paraguay Standard Time": "America/Asuncion",
    "Qyzylorda Standard Time": "Asia/Qyzylorda",
    "Romance Standard Time": "Europe/Paris",
    "Russia Time Zone 10": "Asia/Srednekolymsk",
    "Russia Time Zone 11": "Asia/Kamchatka",
    "Russia Time Zone 3": "Europe/Samara",
    "Russian Standard Time": "Europe/Moscow",
    "SA Eastern Standard Time": "America/Cayenne",
    "SA Pacific Standard Time": "America/Bogota",
    "SA Western Standard Time": "America/La_Paz",
    "SE Asia Standard Time": "Asia/Bangkok",
    "Saint Pierre Standard Time": "America/Miquelon",
    "Sakhalin Standard Time": "Asia/Sakhalin",
    "Samoa Standard Time": "Pacific/Apia",
    "Sao Tome Standard Time": "Africa/Sao_Tome",
    "Saratov Standard Time": "Europe/Saratov",
    "Singapore Standard Time": "Asia/Singapore",
    "South Africa Standard Time": "Africa/Johannesburg",
    "South Sudan Standard Time": "Africa/Juba",
    "Sri Lanka Standard Time": "Asia/Colombo",
    "Sudan Standard Time": "Africa/Khartoum",
    "Syria Standard Time": "Asia/Damascus",
    "Taipei Standard Time": "Asia/Taipei",
    "Tasmania Standard Time": "Australia/Hobart",
    "Tocantins Standard Time": "America/Araguaina",
    "Tokyo Standard Time": "Asia/Tokyo",
    "Tomsk Standard Time": "Asia/Tomsk",
    "Tonga Standard Time": "Pacific/Tongatapu",
    "Transbaikal Standard Time": "Asia/Chita",
    "Turkey Standard Time": "Europe/Istanbul",
    "Turks And Caicos Standard Time": "America/Grand_Turk",
    "US Eastern Standard Time": "America/Indianapolis",
    "US Mountain Standard Time": "America/Phoenix",
    "UTC": "Etc/UTC",
    "UTC+12": "Etc/GMT-12",
    "UTC+13": "Etc/GMT-13",
    "UTC-02": "Etc/GMT+2",
    "UTC-08": "Etc/GMT+8",
    "UTC-09": "Etc/GMT+9",
    "UTC-11": "Etc/GMT+11",
    "Ulaanbaatar Standard Time": "Asia/Ulaanbaatar",
    "Venezuela Standard Time": "America/Caracas",
    "Vladivostok Standard Time": "Asia/Vladivostok",
    "Volgograd Standard Time": "Europe/Volgograd",
    "W. Australia Standard Time": "Australia/Perth",
    "W. Central Africa Standard Time": "Africa/Lagos",
    "W. Europe Standard Time": "Europe/Berlin",
    "W. Mongolia Standard Time": "Asia/Hovd",
    "West Asia Standard Time": "Asia/Tashkent",
    "West Bank Standard Time": "Asia/Hebron",
    "West Pacific Standard Time": "Pacific/Port_Moresby",
    "Yakutsk Standard Time": "Asia/Yakutsk",
    "Yukon Standard Time": "America/Whitehorse",
}

_FOLDED = {k.casefold(): v for k, v in WINDOWS_ZONES.items()}


def iana_for_windows(name: str) -> str | None:
    """Return the IANA zone for a Windows zone name (case-insensitive), or None."""
    return _FOLDED.get(name.strip().casefold())


DISPLAY_NAMES: dict[str, str] = {
    # Europe (every Windows zone whose cities lie in Europe) and its neighbours
    "GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
    "Greenwich Standard Time": "(UTC+00:00) Monrovia, Reykjavik",
    "UTC": "(UTC) Coordinated Universal Time",
    "Azores Standard Time": "(UTC-01:00) Azores",
    "W. Europe Standard Time": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
    "Central Europe Standard Time": "(UTC+01:00) Belgrade, Bratislava, Budapest, Ljubljana, Prague",
    "Romance Standard Time": "(UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
    "Central European Standard Time": "(UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb",
    "Morocco Standard Time": "(UTC+01:00) Casablanca",
    "W. Central Africa Standard Time": "(UTC+01:00) West Central Africa",
    "GTB Standard Time": "(UTC+02:00) Athens, Bucharest",
    "E. Europe Standard Time": "(UTC+02:00) Chisinau",
    "FLE Standard Time": "(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius",
    "Kaliningrad Standard Time": "(UTC+02:00) Kaliningrad",
    "Turkey Standard Time": "(UTC+03:00) Istanbul",
    "Belarus Standard Time": "(UTC+03:00) Minsk",
    "Russian Standard Time": "(UTC+03:00) Moscow, St. Petersburg",
    "Volgograd Standard Time": "(UTC+03:00) Volgograd",
    "Astrakhan Standard Time": "(UTC+04:00) Astrakhan, Ulyanovsk",
    "Russia Time Zone 3": "(UTC+04:00) Izhevsk, Samara",
    "Saratov Standard Time": "(UTC+04:00) Saratov",
    "Georgian Standard Time": "(UTC+04:00) Tbilisi",
    "Caucasus Standard Time": "(UTC+04:00) Yerevan",
    "Azerbaijan Standard Time": "(UTC+04:00) Baku",
    "Ekaterinburg Standard Time": "(UTC+05:00) Ekaterinburg",
    # Africa and the Middle East
    "Egypt Standard Time": "(UTC+02:00) Cairo",
    "South Africa Standard Time": "(UTC+02:00) Harare, Pretoria",
    "Israel Standard Time": "(UTC+02:00) Jerusalem",
    "Middle East Standard Time": "(UTC+02:00) Beirut",
    "Libya Standard Time": "(UTC+02:00) Tripoli",
    "Namibia Standard Time": "(UTC+02:00) Windhoek",
    "Jordan Standard Time": "(UTC+03:00) Amman",
    "Syria Standard Time": "(UTC+03:00) Damascus",
    "Arabic Standard Time": "(UTC+03:00) Baghdad",
    "Arab Standard Time": "(UTC+03:00) Kuwait, Riyadh",
    "E. Africa Standard Time": "(UTC+03:00) Nairobi",
    "Iran Standard Time": "(UTC+03:30) Tehran",
    "Arabian Standard Time": "(UTC+04:00) Abu Dhabi, Muscat",
    "Mauritius Standard Time": "(UTC+04:00) Port Louis",
    # Asia and the Pacific
    "Afghanistan Standard Time": "(UTC+04:30) Kabul",
    "Pakistan Standard Time": "(UTC+05:00) Islamabad, Karachi",
    "West Asia Standard Time": "(UTC+05:00) Ashgabat, Tashkent",
    "India Standard Time": "(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi",
    "Sri Lanka Standard Time": "(UTC+05:30) Sri Jayawardenepura",
    "Nepal Standard Time": "(UTC+05:45) Kathmandu",
    "Central Asia Standard Time": "(UTC+06:00) Astana",
    "Bangladesh Standard Time": "(UTC+06:00) Dhaka",
    "Omsk Standard Time": "(UTC+06:00) Omsk",
    "Myanmar Standard Time": "(UTC+06:30) Yangon (Rangoon)",
    "SE Asia Standard Time": "(UTC+07:00) Bangkok, Hanoi, Jakarta",
    "N. Central Asia Standard Time": "(UTC+07:00) Novosibirsk",
    "North Asia Standard Time": "(UTC+07:00) Krasnoyarsk",
    "China Standard Time": "(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi",
    "North Asia East Standard Time": "(UTC+08:00) Irkutsk",
    "Singapore Standard Time": "(UTC+08:00) Kuala Lumpur, Singapore",
    "W. Australia Standard Time": "(UTC+08:00) Perth",
    "Taipei Standard Time": "(UTC+08:00) Taipei",
    "Ulaanbaatar Standard Time": "(UTC+08:00) Ulaanbaatar",
    "Tokyo Standard Time": "(UTC+09:00) Osaka, Sapporo, Tokyo",
    "Korea Standard Time": "(UTC+09:00) Seoul",
    "Yakutsk Standard Time": "(UTC+09:00) Yakutsk",
    "Cen. Australia Standard Time": "(UTC+09:30) Adelaide",
    "AUS Central Standard Time": "(UTC+09:30) Darwin",
    "E. Australia Standard Time": "(UTC+10:00) Brisbane",
    "AUS Eastern Standard Time": "(UTC+10:00) Canberra, Melbourne, Sydney",
    "West Pacific Standard Time": "(UTC+10:00) Guam, Port Moresby",
    "Tasmania Standard Time": "(UTC+10:00) Hobart",
    "Vladivostok Standard Time": "(UTC+10:00) Vladivostok",
    "Magadan Standard Time": "(UTC+11:00) Magadan",
    "Central Pacific Standard Time": "(UTC+11:00) Solomon Is., New Caledonia",
    "New Zealand Standard Time": "(UTC+12:00) Auckland, Wellington",
    "Fiji Standard Time": "(UTC+12:00) Fiji",
    "UTC+12": "(UTC+12:00) Coordinated Universal Time+12",
    "Tonga Standard Time": "(UTC+13:00) Nuku'alofa",
    "Samoa Standard Time": "(UTC+13:00) Samoa",
    # The Americas
    "Dateline Standard Time": "(UTC-12:00) International Date Line West",
    "UTC-11": "(UTC-11:00) Coordinated Universal Time-11",
    "Hawaiian Standard Time": "(UTC-10:00) Hawaii",
    "Alaskan Standard Time": "(UTC-09:00) Alaska",
    "Pacific Standard Time": "(UTC-08:00) Pacific Time (US & Canada)",
    "Pacific Standard Time (Mexico)": "(UTC-08:00) Baja California",
    "US Mountain Standard Time": "(UTC-07:00) Arizona",
    "Mountain Standard Time": "(UTC-07:00) Mountain Time (US & Canada)",
    "Mountain Standard Time (Mexico)": "(UTC-07:00) La Paz, Mazatlan",
    "Central America Standard Time": "(UTC-06:00) Central America",
    "Central Standard Time": "(UTC-06:00) Central Time (US & Canada)",
    "Central Standard Time (Mexico)": "(UTC-06:00) Guadalajara, Mexico City, Monterrey",
    "Canada Central Standard Time": "(UTC-06:00) Saskatchewan",
    "SA Pacific Standard Time": "(UTC-05:00) Bogota, Lima, Quito, Rio Branco",
    "Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)",
    "US Eastern Standard Time": "(UTC-05:00) Indiana (East)",
    "Eastern Standard Time (Mexico)": "(UTC-05:00) Chetumal",
    "Venezuela Standard Time": "(UTC-04:00) Caracas",
    "Atlantic Standard Time": "(UTC-04:00) Atlantic Time (Canada)",
    "SA Western Standard Time": "(UTC-04:00) Georgetown, La Paz, Manaus, San Juan",
    "Pacific SA Standard Time": "(UTC-04:00) Santiago",
    "Paraguay Standard Time": "(UTC-04:00) Asuncion",
    "Central Brazilian Standard Time": "(UTC-04:00) Cuiaba",
    "Newfoundland Standard Time": "(UTC-03:30) Newfoundland",
    "E. South America Standard Time": "(UTC-03:00) Brasilia",
    "Argentina Standard Time": "(UTC-03:00) City of Buenos Aires",
    "SA Eastern Standard Time": "(UTC-03:00) Cayenne, Fortaleza",
    "Greenland Standard Time": "(UTC-03:00) Greenland",
    "Montevideo Standard Time": "(UTC-03:00) Montevideo",
    "UTC-02": "(UTC-02:00) Coordinated Universal Time-02",
    "Cape Verde Standard Time": "(UTC-01:00) Cabo Verde Is.",
}

# Places that older Windows versions (XP, Server 2003: Outlook 2003-2010 files) listed
# under another zone or spelled differently; matched like the cities above.
_OLD_PLACES: dict[str, str] = {
    "kiev": "FLE Standard Time",
    "istanbul": "Turkey Standard Time",
    "minsk": "Belarus Standard Time",
    "volgograd": "Russian Standard Time",
    "greenwich mean time": "GMT Standard Time",
    "casablanca": "Morocco Standard Time",
    "monrovia": "Greenwich Standard Time",
    "buenos aires": "Argentina Standard Time",
    "georgetown": "SA Western Standard Time",
    "astana": "Central Asia Standard Time",
    "almaty": "Central Asia Standard Time",
    "rangoon": "Myanmar Standard Time",
    "yangon": "Myanmar Standard Time",
    "cape verde is.": "Cape Verde Standard Time",
    "chihuahua": "Mountain Standard Time (Mexico)",
    "tijuana": "Pacific Standard Time (Mexico)",
    "kathmandu": "Nepal Standard Time",
    "kolkata": "India Standard Time",
    "hong kong sar": "China Standard Time",
}

_PREFIX = re.compile(r"^\(\s*(?:UTC|GMT)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*\)\s*", re.IGNORECASE)
# The office's own zone wins a tie between zones with the same rules.
_PREFERRED = ("Central Europe Standard Time", "W. Europe Standard Time", "Romance Standard Time",
              "Central European Standard Time")


def _places(display: str) -> list[str]:
    rest = _PREFIX.sub("", display)
    rest = rest.replace(":", ",").replace(" & ", ",")
    return [p.strip().casefold() for p in rest.split(",") if p.strip()]


_BY_PLACE: dict[str, set[str]] = {}
for _zone_id, _display in DISPLAY_NAMES.items():
    for _place in _places(_display):
        _BY_PLACE.setdefault(_place, set()).add(_zone_id)
    _BY_PLACE.setdefault(_display.casefold(), set()).add(_zone_id)
for _place, _zone_id in _OLD_PLACES.items():
    _BY_PLACE.setdefault(_place, set()).add(_zone_id)


def _standard_offset(zone_id: str) -> int | None:
    """Return the standard UTC offset of a Windows zone today, in minutes."""
    try:
        tz = ZoneInfo(WINDOWS_ZONES[zone_id])
    except (KeyError, ZoneInfoNotFoundError):
        return None
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    offsets = []
    for month in (1, 7):
        local = dt.datetime(now.year, month, 15, 12, tzinfo=tz).utcoffset()
        if local is not None:
            offsets.append(int(local.total_seconds() // 60))
    return min(offsets) if offsets else None


def zone_id_for_display_name(name: str) -> str | None:
    """Return the Windows zone ID that a display name means, or None when it is not one.

    The whole name is tried first, then its places ("Amsterdam, Berlin, ..."): the zone
    naming most of them wins, among zones whose offset matches the "(UTC+01:00)" in
    front when there is one; a tie goes to the office's zone (Prague), then the others
    with the same rules.
    """
    text = " ".join(name.split())
    exact = _BY_PLACE.get(text.casefold())
    if exact and len(exact) == 1:
        return next(iter(exact))
    offset: int | None = None
    m = _PREFIX.match(text)
    if m is not None:
        sign, hours, minutes = m.groups()
        offset = 0 if hours is None else (int(hours) * 60 + int(minutes or 0)) * (-1 if sign == "-" else 1)
    score: dict[str, int] = {}
    for place in _places(text):
        for zone_id in _BY_PLACE.get(place, ()):
            score[zone_id] = score.get(zone_id, 0) + 1
    if offset is not None:
        score = {z: n for z, n in score.items() if _standard_offset(z) == offset}
    if not score:
        return None
    best = max(score.values())
    tied = [z for z, n in score.items() if n == best]
    for zone_id in _PREFERRED:
        if zone_id in tied:
            return zone_id
    return sorted(tied)[0]


def iana_for_display_name(name: str) -> str | None:
    """Return the IANA zone for an Outlook/Exchange display name of a Windows zone, or None."""
    zone_id = zone_id_for_display_name(name)
    return WINDOWS_ZONES.get(zone_id) if zone_id else None
