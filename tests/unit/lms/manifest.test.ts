import sax from "sax";
import { describe, expect, it } from "vitest";
import { manifest, type ManifestInput } from "../../../src/lms/manifest";
import { LMS_STANDARDS, type LmsStandard } from "../../../src/schemas/lms";

interface Node {
  name: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
}

/** Parses XML strictly (a malformed document throws) into a tree of elements. */
function parseXml(text: string): Node {
  const parser = sax.parser(true, { xmlns: false });
  const root: Node = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  parser.onopentag = (tag) => {
    const node: Node = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: "",
    };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (t) => void (stack.at(-1)!.text += t);
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(text).close();
  return root.children[0]!;
}

const child = (node: Node | undefined, name: string) => node?.children.find((c) => c.name === name);
const path = (node: Node | undefined, ...names: string[]) =>
  names.reduce<Node | undefined>((n, name) => child(n, name), node);
const all = (node: Node, name: string): Node[] =>
  (node.name === name ? [node] : []).concat(node.children.flatMap((c) => all(c, name)));

const FILES = [
  "index.html",
  "lms/launch.js",
  "lms/page.js",
  "zh-cn/index.html",
  "zh-cn/modules/cold-start/index.html",
  "en/index.html",
  "_astro/Quiz.BdLIEqmS.js",
  "pagefind/pagefind.js",
  "zh-cn/templates/社群规则.txt",
];
const INPUT: ManifestInput = {
  id: "community-ops-lab-04-cold-start",
  title: { "zh-cn": "冷启动 · 社群运营实训营", en: "Cold start · Community Ops Lab" },
  description: { "zh-cn": "课程 & 练习 <全部>", en: "Course & practice <all>" },
  lang: "zh-cn",
  mastery: 0.8,
  files: FILES,
  launch: "index.html",
};

/** Every address the descriptor gives: resource and file hrefs, cmi5's launch url. */
function addresses(doc: Node): string[] {
  return [
    ...all(doc, "resource").map((r) => r.attributes.href ?? ""),
    ...all(doc, "file").map((f) => f.attributes.href ?? ""),
    ...all(doc, "url").map((u) => u.text),
  ];
}

describe.each(LMS_STANDARDS.map((s) => [s]))("%s descriptor", (standard: LmsStandard) => {
  const { file, text } = manifest(standard, INPUT);
  const doc = parseXml(text);

  it("is the file the LMS looks for, well-formed XML", () => {
    expect(file).toBe(standard === "cmi5" ? "cmi5.xml" : "imsmanifest.xml");
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it("addresses only files inside the package, relatively", () => {
    const hrefs = addresses(doc);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href, href).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
      expect(href, href).not.toMatch(/^\/|\.\.\//);
    }
  });

  if (standard === "cmi5") {
    it("has the course structure cmi5 requires: course, one AU with moveOn, mastery and launch url", () => {
      expect(doc.name).toBe("courseStructure");
      expect(doc.attributes.xmlns).toBe(
        "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd",
      );
      const course = child(doc, "course")!;
      expect(course.attributes.id).toMatch(/^tag:community-ops-lab,2025:/);
      expect(all(course, "langstring").map((l) => l.attributes.lang)).toEqual(
        expect.arrayContaining(["zh-CN", "en"]),
      );
      const aus = doc.children.filter((c) => c.name === "au");
      expect(aus).toHaveLength(1);
      const au = aus[0]!;
      expect(au.attributes).toMatchObject({
        moveOn: "CompletedAndPassed",
        masteryScore: "0.8",
        launchMethod: "AnyWindow",
      });
      expect(au.attributes.id).not.toBe(course.attributes.id);
      expect(child(au, "title")).toBeDefined();
      expect(child(au, "description")).toBeDefined();
      expect(child(au, "url")?.text).toBe("index.html");
      expect(path(au, "description", "langstring")?.text).toBe("课程 & 练习 <全部>");
    });
  } else {
    it("has the manifest SCORM requires: metadata, one organization whose item launches the one SCO", () => {
      expect(doc.name).toBe("manifest");
      expect(doc.attributes.identifier).toBe(INPUT.id);
      expect(path(doc, "metadata", "schema")?.text).toBe("ADL SCORM");
      expect(path(doc, "metadata", "schemaversion")?.text).toBe(
        standard === "scorm12" ? "1.2" : "2004 4th Edition",
      );
      const organizations = child(doc, "organizations")!;
      const organization = child(organizations, "organization")!;
      expect(organizations.attributes.default).toBe(organization.attributes.identifier);
      expect(child(organization, "title")?.text).toBe(INPUT.title["zh-cn"]);
      const items = organization.children.filter((c) => c.name === "item");
      expect(items).toHaveLength(1);
      const resources = child(doc, "resources")!.children;
      expect(resources).toHaveLength(1);
      const sco = resources[0]!;
      expect(items[0]!.attributes.identifierref).toBe(sco.attributes.identifier);
      expect(sco.attributes.type).toBe("webcontent");
      expect(sco.attributes[standard === "scorm12" ? "adlcp:scormtype" : "adlcp:scormType"]).toBe(
        "sco",
      );
      expect(sco.attributes.href).toBe("index.html");
    });

    it("lists every file of the package as a file of the SCO", () => {
      const listed = all(doc, "file").map((f) => f.attributes.href);
      expect(listed).toEqual(FILES);
    });

    it("carries the mastery score where the LMS reads it", () => {
      if (standard === "scorm12") {
        expect(all(doc, "adlcp:masteryscore")[0]?.text).toBe("80");
      } else {
        const objective = all(doc, "imsss:primaryObjective")[0]!;
        expect(objective.attributes.satisfiedByMeasure).toBe("true");
        expect(child(objective, "imsss:minNormalizedMeasure")?.text).toBe("0.8");
      }
    });
  }
});
