#!/usr/bin/env python3
"""make_exports.py - write datasets/exports/: donors.csv as spreadsheets in
Kazakhstan save it, for the README and the tutorial.

The same 7,214 donors as datasets/donors.csv, with the same values, written
three ways:

  donors_excel_ru.csv  Excel set to Russian, "CSV (разделители - запятые)":
                       Windows-1251, ';' between fields, CRLF, Russian
                       column names and regions, amounts shown as
                       '1 500,00' (a no-break space between thousands, a
                       decimal comma), dates 18.06.2023, ИСТИНА/ЛОЖЬ.  As
                       people type, a few region cells differ from the rest
                       only by letter case or a trailing blank.
  donors_google_ru.csv Google Sheets set to Russian, File > Download > CSV:
                       UTF-8, ',' between fields, decimal commas (so those
                       fields are quoted), the time stamp of a Google Form
                       (18.06.2023 14:30:00), да/нет.
  donors_kk.xlsx       a workbook with Kazakh column names, numbers and
                       dates as typed cells (shown as 1 500,00 and
                       18.06.2023), иә/жоқ as text: this script writes it as
                       a flat OpenDocument sheet (.fods, in a temporary
                       directory) and LibreOffice converts that to .xlsx
                       (skipped, with a message, when soffice is missing).

The CSV files are deterministic: rerunning gives the same bytes.  The
.xlsx holds LibreOffice's time stamps, so its bytes change, not its cells.
Run from the repository root:  python3 datasets/gen/make_exports.py
"""
import csv
import datetime
import os
import random
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

SRC = "datasets/donors.csv"
OUT = "datasets/exports"
SEED = 20230618

REGION_RU = {
    "Almaty": "Алматы", "Astana": "Астана", "Shymkent": "Шымкент",
    "Almaty Region": "Алматинская область", "Karaganda Region": "Карагандинская область",
    "East Kazakhstan Region": "Восточно-Казахстанская область",
    "Aktobe Region": "Актюбинская область", "Pavlodar Region": "Павлодарская область",
    "Kostanay Region": "Костанайская область", "Atyrau Region": "Атырауская область",
    "West Kazakhstan Region": "Западно-Казахстанская область",
    "Mangystau Region": "Мангистауская область", "Turkistan Region": "Туркестанская область",
    "Zhambyl Region": "Жамбылская область", "Kyzylorda Region": "Кызылординская область",
    "North Kazakhstan Region": "Северо-Казахстанская область",
    "Akmola Region": "Акмолинская область", "Abai Region": "область Абай",
    "Jetisu Region": "область Жетысу", "Ulytau Region": "область Улытау",
}
REGION_KK = {
    "Almaty": "Алматы", "Astana": "Астана", "Shymkent": "Шымкент",
    "Almaty Region": "Алматы облысы", "Karaganda Region": "Қарағанды облысы",
    "East Kazakhstan Region": "Шығыс Қазақстан облысы", "Aktobe Region": "Ақтөбе облысы",
    "Pavlodar Region": "Павлодар облысы", "Kostanay Region": "Қостанай облысы",
    "Atyrau Region": "Атырау облысы", "West Kazakhstan Region": "Батыс Қазақстан облысы",
    "Mangystau Region": "Маңғыстау облысы", "Turkistan Region": "Түркістан облысы",
    "Zhambyl Region": "Жамбыл облысы", "Kyzylorda Region": "Қызылорда облысы",
    "North Kazakhstan Region": "Солтүстік Қазақстан облысы", "Akmola Region": "Ақмола облысы",
    "Abai Region": "Абай облысы", "Jetisu Region": "Жетісу облысы", "Ulytau Region": "Ұлытау облысы",
}
CHANNEL_RU = {"Kaspi": "Kaspi", "card": "карта", "bank transfer": "банковский перевод",
              "cash": "наличные"}
CHANNEL_KK = {"Kaspi": "Kaspi", "card": "карта", "bank transfer": "банк аударымы",
              "cash": "қолма-қол"}
NBSP = "\u00a0"


def money_ru(text):
    """'5117.29' as Excel shows it in Russian with '# ##0,00': '5 117,29'."""
    if text == "":
        return ""
    units, _, cents = text.partition(".")
    cents = (cents + "00")[:2]
    groups = []
    while len(units) > 3:
        groups.insert(0, units[-3:])
        units = units[:-3]
    groups.insert(0, units)
    return NBSP.join(groups) + "," + cents


def decimal_comma(text):
    """'5117.29' as Google Sheets in Russian writes it: '5117,29'."""
    return text.replace(".", ",")


def date_ru(text):
    if text == "":
        return ""
    y, m, d = text.split("-")
    return f"{d}.{m}.{y}"


def read_donors():
    with open(SRC, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def excel_ru(rows, rng):
    header = ["Донор", "Регион", "Дата", "Сумма", "Канал", "Опрошен", "В_деле", "Жалоба",
              "Дата_жалобы", "Сумма_жалобы"]
    yes = {"true": "ИСТИНА", "false": "ЛОЖЬ"}
    # typed by hand: a few Almaty cells as 'алматы' or 'Алматы ' (trailing blank)
    almaty = [i for i, r in enumerate(rows) if r["region"] == "Almaty"]
    sloppy = {i: s for i, s in zip(rng.sample(almaty, 5), ["алматы", "алматы", "Алматы ", "Алматы ", "Алматы "])}
    lines = [";".join(header)]
    for i, r in enumerate(rows):
        region = sloppy.get(i, REGION_RU[r["region"]])
        cells = [r["donor_id"], region, date_ru(r["date"]), money_ru(r["amount_kzt"]),
                 CHANNEL_RU[r["channel"]], yes[r["questioned"]], yes[r["in_case_file"]],
                 yes[r["complained"]], date_ru(r["complaint_date"]), money_ru(r["amount_alleged_kzt"])]
        lines.append(";".join(cells))
    with open(os.path.join(OUT, "donors_excel_ru.csv"), "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("cp1251"))


def google_ru(rows, rng):
    header = ["Отметка времени", "Донор", "Регион", "Сумма", "Канал", "Опрошен", "Жалоба"]
    yes = {"true": "да", "false": "нет"}
    with open(os.path.join(OUT, "donors_google_ru.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            stamp = f"{date_ru(r['date'])} {rng.randrange(8, 23)}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
            w.writerow([stamp, r["donor_id"], REGION_RU[r["region"]], decimal_comma(r["amount_kzt"]),
                        CHANNEL_RU[r["channel"]], yes[r["questioned"]], yes[r["complained"]]])


def fods_kk(rows, path):
    header = ["Донор", "Өңір", "Күні", "Сомасы", "Арна", "Жауап_алынды", "Шағым"]
    yes = {"true": "иә", "false": "жоқ"}

    def text(v):
        return f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'

    def number(v):
        return (f'<table:table-cell table:style-name="money" office:value-type="float" office:value="{v}">'
                f'<text:p>{v}</text:p></table:table-cell>')

    def date(v):
        return (f'<table:table-cell table:style-name="date" office:value-type="date" office:date-value="{v}">'
                f'<text:p>{date_ru(v)}</text:p></table:table-cell>')

    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
           ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
           ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
           ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
           ' xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"'
           ' office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
           '<office:automatic-styles>',
           '<number:date-style style:name="dmy"><number:day number:style="long"/><number:text>.</number:text>'
           '<number:month number:style="long"/><number:text>.</number:text><number:year number:style="long"/>'
           '</number:date-style>',
           '<number:number-style style:name="sum"><number:number number:decimal-places="2"'
           ' number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/>'
           '</number:number-style>',
           '<style:style style:name="date" style:family="table-cell" style:data-style-name="dmy"/>',
           '<style:style style:name="money" style:family="table-cell" style:data-style-name="sum"/>',
           '</office:automatic-styles>',
           '<office:body><office:spreadsheet><table:table table:name="Қайырымдылар">',
           '<table:table-row>' + "".join(text(h) for h in header) + '</table:table-row>']
    for r in rows:
        out.append('<table:table-row>' + "".join([
            text(r["donor_id"]), text(REGION_KK[r["region"]]), date(r["date"]), number(r["amount_kzt"]),
            text(CHANNEL_KK[r["channel"]]), text(yes[r["questioned"]]), text(yes[r["complained"]])]) +
            '</table:table-row>')
    out.append('</table:table></office:spreadsheet></office:body></office:document>')
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def xlsx_kk(rows):
    soffice = shutil.which("soffice")
    if not soffice:
        print("make_exports.py: soffice (libreoffice-calc-nogui) is missing: donors_kk.xlsx left as it is")
        return
    with tempfile.TemporaryDirectory() as tmp:
        fods = os.path.join(tmp, "donors_kk.fods")
        fods_kk(rows, fods)
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "xlsx", "--outdir", OUT, fods], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = read_donors()
    rng = random.Random(SEED)
    excel_ru(rows, rng)
    google_ru(rows, rng)
    xlsx_kk(rows)


if __name__ == "__main__":
    main()
