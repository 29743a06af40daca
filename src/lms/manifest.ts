/**
 * The descriptors an LMS reads when a package is uploaded: imsmanifest.xml for SCORM 1.2 and
 * SCORM 2004 4th edition, cmi5.xml for cmi5. Each describes one shareable object (a SCO, an AU)
 * that holds the whole static site and opens at the package's launch page, so navigation stays
 * inside it. Every file of the package is listed as a resource file; every address in them is
 * relative to the package (the namespace names and cmi5's ids are names, not addresses).
 */
import type { Lang, Localized } from "../schemas/common";
import type { LmsStandard } from "../schemas/lms";

export interface ManifestInput {
  /** The package's identifier (LmsConfig.id). */
  id: string;
  title: Localized;
  description: Localized;
  /** The language of SCORM's one-language titles. */
  lang: Lang;
  /** Passing score, 0–1. */
  mastery: number;
  /** Every file of the package, relative paths with forward slashes. */
  files: readonly string[];
  /** The launch page, relative to the package. */
  launch: string;
}

/** Where an LMS looks for the descriptor of each standard. */
export const MANIFEST_FILE: Record<LmsStandard, string> = {
  scorm12: "imsmanifest.xml",
  scorm2004: "imsmanifest.xml",
  cmi5: "cmi5.xml",
};

const escapeXml = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';

/** What differs between the two SCORM versions' manifests. */
interface ScormVersion {
  /** The manifest element's version attribute and namespace declarations. */
  version: string;
  namespaces: readonly string[];
  schemaversion: string;
  /** Attributes of the one item, and what follows its title. */
  itemAttributes: string;
  item: (input: ManifestInput) => string[];
  /** What follows the organization's item. */
  organization: string[];
  scormType: "adlcp:scormtype" | "adlcp:scormType";
}

const SCORM_VERSIONS: Record<"scorm12" | "scorm2004", ScormVersion> = {
  scorm12: {
    version: "1.0",
    namespaces: [
      'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
      'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
    ],
    schemaversion: "1.2",
    itemAttributes: ' isvisible="true"',
    item: (input) => [
      `        <adlcp:masteryscore>${Math.round(input.mastery * 100)}</adlcp:masteryscore>`,
    ],
    organization: [],
    scormType: "adlcp:scormtype",
  },
  // The primary objective is satisfied by measure, so the LMS's passing score
  // (cmi.scaled_passing_score) is the mastery score, and it judges success from the score the
  // package reports exactly as the package does.
  scorm2004: {
    version: "1",
    namespaces: [
      'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
      'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
      'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
      'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
      'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"',
    ],
    schemaversion: "2004 4th Edition",
    itemAttributes: "",
    item: (input) => [
      "        <imsss:sequencing>",
      "          <imsss:objectives>",
      `            <imsss:primaryObjective objectiveID="${input.id}-mastery" satisfiedByMeasure="true">`,
      `              <imsss:minNormalizedMeasure>${input.mastery}</imsss:minNormalizedMeasure>`,
      "            </imsss:primaryObjective>",
      "          </imsss:objectives>",
      '          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>',
      "        </imsss:sequencing>",
    ],
    organization: [
      "      <imsss:sequencing>",
      '        <imsss:controlMode choice="true" flow="true"/>',
      "      </imsss:sequencing>",
    ],
    scormType: "adlcp:scormType",
  },
};

function scorm(input: ManifestInput, v: ScormVersion): string {
  const title = escapeXml(input.title[input.lang]);
  return [
    XML_HEAD,
    `<manifest identifier="${input.id}" version="${v.version}"`,
    ...v.namespaces.map((n, i) => `  ${n}${i === v.namespaces.length - 1 ? ">" : ""}`),
    "  <metadata>",
    "    <schema>ADL SCORM</schema>",
    `    <schemaversion>${v.schemaversion}</schemaversion>`,
    "  </metadata>",
    `  <organizations default="${input.id}-org">`,
    `    <organization identifier="${input.id}-org">`,
    `      <title>${title}</title>`,
    `      <item identifier="${input.id}-item" identifierref="${input.id}-sco"${v.itemAttributes}>`,
    `        <title>${title}</title>`,
    ...v.item(input),
    "      </item>",
    ...v.organization,
    "    </organization>",
    "  </organizations>",
    "  <resources>",
    `    <resource identifier="${input.id}-sco" type="webcontent" ${v.scormType}="sco" href="${escapeXml(input.launch)}">`,
    ...input.files.map((f) => `      <file href="${escapeXml(f)}"/>`),
    "    </resource>",
    "  </resources>",
    "</manifest>",
    "",
  ].join("\n");
}

const LANG_TAGS: Record<Lang, string> = { "zh-cn": "zh-CN", en: "en" };

function langstrings(text: Localized, indent: string): string[] {
  return (Object.keys(LANG_TAGS) as Lang[]).map(
    (lang) =>
      `${indent}<langstring lang="${LANG_TAGS[lang]}">${escapeXml(text[lang])}</langstring>`,
  );
}

/** cmi5's identifiers are IRIs that name the course and its AU; a tag URI (RFC 4151) locates nothing. */
export const cmi5Iri = (id: string, part: "course" | "au") =>
  `tag:community-ops-lab,2025:${id}/${part}`;

/** cmi5: moveOn CompletedAndPassed — the LMS satisfies the AU when both statements have come. */
function cmi5(input: ManifestInput): string {
  // The course and its one AU carry the same title and description.
  const texts = [
    "    <title>",
    ...langstrings(input.title, "      "),
    "    </title>",
    "    <description>",
    ...langstrings(input.description, "      "),
    "    </description>",
  ];
  return [
    XML_HEAD,
    '<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">',
    `  <course id="${cmi5Iri(input.id, "course")}">`,
    ...texts,
    "  </course>",
    `  <au id="${cmi5Iri(input.id, "au")}" moveOn="CompletedAndPassed" masteryScore="${input.mastery}" launchMethod="AnyWindow">`,
    ...texts,
    `    <url>${escapeXml(input.launch)}</url>`,
    "  </au>",
    "</courseStructure>",
    "",
  ].join("\n");
}

/** The descriptor of a package for a standard: its file name and text. */
export function manifest(
  standard: LmsStandard,
  input: ManifestInput,
): { file: string; text: string } {
  const text = standard === "cmi5" ? cmi5(input) : scorm(input, SCORM_VERSIONS[standard]);
  return { file: MANIFEST_FILE[standard], text };
}
