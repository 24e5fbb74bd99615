import { describe, expect, it } from "vitest";
import type { MixConcertOut } from "@/lib/validations/responses";
import ICAL from "ical.js";
import { calendarFileName, concertsCalendar, feedCalendar, floatingDateTime } from "./ics";

const concert = (over: Partial<MixConcertOut> = {}): MixConcertOut => ({
  concert_id: "1001",
  source: "bandsintown",
  date: "2026-11-23T19:30:00",
  title: "Autumn Tour",
  description: "Doors at 19:00",
  url: "https://www.bandsintown.com/e/1001",
  offers: [{ type: "Tickets", url: "https://tickets.example/1001", status: "available" }],
  lineup: ["The Paper Kites", "Support Act"],
  venue: {
    name: "Paradiso",
    city: "Amsterdam",
    region: "North Holland",
    country: "Netherlands",
    latitude: 52.3622,
    longitude: 4.8838,
  },
  distance_km: 1.2,
  artists: [{ name: "The Paper Kites", spotify_id: "abc", band_flag: "top", photo: null }],
  ...over,
});

/** Unfold RFC 5545 folded lines so assertions can read whole properties. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
const prop = (ics: string, name: string) =>
  unfold(ics)
    .split("\r\n")
    .filter((l) => l.startsWith(name + ":") || l.startsWith(name + ";"));

describe("floatingDateTime", () => {
  it("keeps the wall-clock time exactly as written", () => {
    expect(floatingDateTime("2026-11-23T19:30:00")).toBe("20261123T193000");
    expect(floatingDateTime("2026-03-29T02:30:00")).toBe("20260329T023000"); // a DST gap in Europe: untouched
    expect(floatingDateTime("2026-11-23T19:30")).toBe("20261123T193000");
    expect(floatingDateTime("2026-11-23")).toBe("20261123T000000");
  });
  it("rejects non-dates", () => {
    expect(() => floatingDateTime("tonight")).toThrow(RangeError);
  });
});

describe("concertsCalendar", () => {
  it("writes one floating VEVENT with venue, links and lineup", () => {
    const ics = concertsCalendar([concert()], "Mellow & acoustic");
    const text = unfold(ics);
    expect(text.startsWith("BEGIN:VCALENDAR")).toBe(true);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(prop(ics, "DTSTART")).toEqual(["DTSTART:20261123T193000"]); // no Z, no TZID
    expect(prop(ics, "DURATION")).toEqual(["DURATION:PT3H"]);
    expect(prop(ics, "LOCATION")).toEqual(["LOCATION:Paradiso\\, Amsterdam\\, North Holland\\, Netherlands"]);
    expect(prop(ics, "URL")).toEqual(["URL:https://www.bandsintown.com/e/1001"]);
    expect(prop(ics, "SUMMARY")).toEqual(["SUMMARY:The Paper Kites at Paradiso"]);
    expect(prop(ics, "UID")).toEqual(["UID:bandsintown-1001@gigscovery"]);
    const desc = prop(ics, "DESCRIPTION")[0] ?? "";
    expect(desc).toContain("Tickets: https://tickets.example/1001");
    expect(desc).toContain("Event page: https://www.bandsintown.com/e/1001");
    expect(desc).toContain("Lineup: The Paper Kites\\, Support Act");
    expect(text).toContain("X-WR-CALNAME:Mellow & acoustic");
    expect(text).not.toMatch(/TZID/);
  });

  it("puts a whole mix into one calendar", () => {
    const ics = concertsCalendar([
      concert(),
      concert({ concert_id: "1002", date: "2026-12-01T21:00:00", artists: [] , lineup: ["Someone"] }),
    ]);
    expect(unfold(ics).match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(prop(ics, "DTSTART")).toEqual(["DTSTART:20261123T193000", "DTSTART:20261201T210000"]);
    expect(prop(ics, "SUMMARY")[1]).toBe("SUMMARY:Someone at Paradiso");
  });

  it("does not depend on the machine's time zone", () => {
    const before = process.env.TZ;
    process.env.TZ = "Pacific/Kiritimati";
    try {
      expect(prop(concertsCalendar([concert()]), "DTSTART")).toEqual(["DTSTART:20261123T193000"]);
    } finally {
      process.env.TZ = before;
    }
  });

  it("says a cancelled, postponed or rescheduled show is not confirmed, in STATUS and in words", () => {
    const status = (s?: MixConcertOut["status"]) => prop(concertsCalendar([concert(s ? { status: s } : {})]), "STATUS");
    expect(status()).toEqual(["STATUS:CONFIRMED"]);
    expect(status("on_sale")).toEqual(["STATUS:CONFIRMED"]);
    expect(status("sold_out")).toEqual(["STATUS:CONFIRMED"]);
    expect(status("cancelled")).toEqual(["STATUS:CANCELLED"]);
    expect(status("postponed")).toEqual(["STATUS:TENTATIVE"]);
    expect(status("rescheduled")).toEqual(["STATUS:TENTATIVE"]);
    expect(prop(concertsCalendar([concert({ status: "rescheduled" })]), "DESCRIPTION")[0]).toMatch(/^DESCRIPTION:Rescheduled: check the date/);
  });

  it("refuses an empty list", () => {
    expect(() => concertsCalendar([])).toThrow(RangeError);
  });
});

describe("calendarFileName", () => {
  it("makes a safe file name", () => {
    expect(calendarFileName("Energetic & danceable")).toBe("gigscovery-energetic-danceable.ics");
    expect(calendarFileName("Zürich — Paradiso!")).toBe("gigscovery-zurich-paradiso.ics");
    expect(calendarFileName("")).toBe("gigscovery-concerts.ics");
  });
});

describe("feedCalendar", () => {
  it("is a valid calendar named after the feed, also while it has no concerts", () => {
    const empty = new ICAL.Component(ICAL.parse(feedCalendar([], "My mix")));
    expect(empty.getFirstPropertyValue("x-wr-calname")).toBe("My mix");
    expect(empty.getAllSubcomponents("vevent")).toHaveLength(0);
    const one = new ICAL.Component(ICAL.parse(feedCalendar([concert()], "My mix")));
    const [event] = one.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(event!.uid).toBe("bandsintown-1001@gigscovery");
    expect(event!.startDate.toString()).toBe("2026-11-23T19:30:00"); // floating: the venue's wall clock
  });
});
