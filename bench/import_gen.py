#!/usr/bin/env python3
"""Generates the question banks of bench/import.sh, written as Moodle and QTI tools write them (not by our exporter).

Usage: python3 bench/import_gen.py gift N OUT.txt     # N questions in 25 categories, GIFT as Moodle documents it
       python3 bench/import_gen.py qti N OUT.zip      # a QTI 3.0 content package of N items and its imsmanifest.xml

GIFT mix: single-answer multiple choice (about half, some in [html] with entities and feedback), multiple answers with
Moodle's weights (including -50% and 33.33333%), true-false with feedback, and the types Sourced reports as not
imported (short answer, numerical, matching, essay, description): about one in six. QTI mix: single and multiple
choice, some with inline and modal feedback, and order interactions. Deterministic: the same N gives the same bytes.
"""
import random
import sys
import zipfile

TOPICS = ["the treaty", "membership", "Article 4", "the 2020 war", "the 2022 request", "collective forces",
          "the secretariat", "observer states", "the Tashkent meeting", "the Dushanbe summit"]


def gift(n):
    rnd = random.Random(n)
    out = ["// question: 0  name: generated bank for bench/import.sh", ""]
    for i in range(n):
        if i % (n // 25 or 1) == 0:
            out += ["$CATEGORY: $course$/top/Unit %d/Quiz %d" % (i // 1000 + 1, i // (n // 25 or 1) + 1), ""]
        topic = TOPICS[i % len(TOPICS)]
        name = "::Q%05d %s::" % (i, topic)
        kind = rnd.random()
        if kind < 0.50:
            html = i % 5 == 0
            stem = ("[html]<p>Which statement about <b>%s</b> is right&nbsp;&mdash; item %d?</p>" % (topic, i)) if html \
                else "Which statement about %s is right (item %d)?" % (topic, i)
            out.append("%s%s {" % (name, stem))
            out.append("  =The right statement %d #Yes: the record says so." % i)
            for k in range(3):
                out.append("  ~A wrong statement %d-%d #No: the record says otherwise." % (i, k))
            out.append("  ####The general feedback of item %d." % i)
            out.append("}")
        elif kind < 0.70:
            out.append("%sWhich of these describe %s (item %d)? {" % (name, topic, i))
            out.append("  ~%%50%%First right part %d" % i)
            out.append("  ~%%50%%Second right part %d" % i)
            out.append("  ~%%-50%%A wrong part %d" % i)
            out.append("  ~%%-100%%Another wrong part %d" % i)
            out.append("}")
        elif kind < 0.83:
            out.append("%s%s was settled in item %d. {%s#Wrong, see the source.#Right.}" % (name, topic.capitalize(), i,
                                                                                        "TRUE" if i % 2 else "FALSE"))
        elif kind < 0.88:
            out.append("%sName the city linked to %s (item %d). {=Yerevan =Erevan#Also accepted =%%50%%Jerevan}" % (name, topic, i))
        elif kind < 0.92:
            out.append("%sIn which year was item %d signed? {#1992:0.5 =%%50%%1993:2}" % (name, i))
        elif kind < 0.96:
            out.append("%sMatch each member with its capital (item %d). {=Armenia -> Yerevan =Kazakhstan -> Astana "
                       "=Tajikistan -> Dushanbe}" % (name, i))
        elif kind < 0.98:
            out.append("%sExplain in a paragraph why %s matters (item %d). {}" % (name, topic, i))
        else:
            out.append("%sRead the next questions carefully (item %d)." % (name, i))
        out.append("")
    return "\n".join(out).encode("utf-8")


ITEM_NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0"


def qti_item(i, rnd):
    ident = "item-%05d" % i
    kind = rnd.random()
    title = "Item %d" % i
    if kind < 0.15:
        ids = ["step%d" % k for k in range(4)]
        body = ['<qti-order-interaction response-identifier="RESPONSE" shuffle="true">',
                '<qti-prompt>Put the events of item %d in order.</qti-prompt>' % i]
        body += ['<qti-simple-choice identifier="%s">Event %d of item %d</qti-simple-choice>' % (c, k, i) for k, c in enumerate(ids)]
        body.append("</qti-order-interaction>")
        decl = ('<qti-response-declaration identifier="RESPONSE" cardinality="ordered" base-type="identifier">'
                "<qti-correct-response>%s</qti-correct-response></qti-response-declaration>"
                % "".join("<qti-value>%s</qti-value>" % c for c in ids))
        modal = ""
    else:
        multiple = kind < 0.35
        ids = ["choiceA", "choiceB", "choiceC", "choiceD"]
        right = ids[:2] if multiple else ids[:1]
        body = ['<qti-choice-interaction response-identifier="RESPONSE" shuffle="true" max-choices="%d">' % (0 if multiple else 1),
                "<qti-prompt>Which of these is right about %s (item %d)?</qti-prompt>" % (TOPICS[i % len(TOPICS)], i)]
        for k, c in enumerate(ids):
            inline = ('<qti-feedback-inline outcome-identifier="FEEDBACK" identifier="%s" show-hide="show">Because %d.'
                      "</qti-feedback-inline>" % (c, k)) if i % 3 == 0 else ""
            body.append('<qti-simple-choice identifier="%s">Statement %s of item %d%s</qti-simple-choice>' % (c, c[-1], i, inline))
        body.append("</qti-choice-interaction>")
        decl = ('<qti-response-declaration identifier="RESPONSE" cardinality="%s" base-type="identifier">'
                "<qti-correct-response>%s</qti-correct-response></qti-response-declaration>"
                % ("multiple" if multiple else "single", "".join("<qti-value>%s</qti-value>" % c for c in right)))
        modal = ('<qti-modal-feedback outcome-identifier="FEEDBACK" identifier="solution" show-hide="show">'
                 "<qti-content-body><p>The explanation of item %d.</p></qti-content-body></qti-modal-feedback>" % i) if i % 2 else ""
    return ident, ('<?xml version="1.0" encoding="UTF-8"?>\n'
                   '<qti-assessment-item xmlns="%s" identifier="%s" title="%s" adaptive="false" time-dependent="false">'
                   '%s<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>'
                   '<qti-outcome-declaration identifier="FEEDBACK" cardinality="single" base-type="identifier"/>'
                   "<qti-item-body>%s</qti-item-body>"
                   '<qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml"/>'
                   "%s</qti-assessment-item>\n" % (ITEM_NS, ident, title, decl, "".join(body), modal)).encode("utf-8")


def qti(n, path):
    rnd = random.Random(n)
    items = [qti_item(i, rnd) for i in range(n)]
    resources = "".join('<resource identifier="res-%s" type="imsqti_item_xmlv3p0" href="items/%s.xml">'
                        '<file href="items/%s.xml"/></resource>' % (ident, ident, ident) for ident, _ in items)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" identifier="bench-bank">'
                "<metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>"
                "<organizations/><resources>%s</resources></manifest>\n" % resources)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("imsmanifest.xml", (2020, 1, 1, 0, 0, 0)), manifest)
        for ident, xml in items:
            z.writestr(zipfile.ZipInfo("items/%s.xml" % ident, (2020, 1, 1, 0, 0, 0)), xml, zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    if kind == "gift":
        open(out, "wb").write(gift(n))
    else:
        qti(n, out)
