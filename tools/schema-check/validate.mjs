// Usage: node validate.mjs SCHEMA_DIR SCHEMA_FILE JSON_FILE
// Validates JSON_FILE against SCHEMA_FILE (other schemas in SCHEMA_DIR resolve its $refs). Prints "valid" or the
// errors, and exits 0 when valid, 1 when not, 2 on a usage or read error.
import Ajv from "ajv";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const [schemaDir, schemaFile, jsonFile] = process.argv.slice(2);
if (!jsonFile) {
  console.error("usage: node validate.mjs SCHEMA_DIR SCHEMA_FILE JSON_FILE");
  process.exit(2);
}
try {
  // "http://json-schema.org/schema#" is the spec's meta-schema id; ajv's draft-07 rules cover what it uses.
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith(".json"))) {
    ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, file), "utf8")));
  }
  const schema = JSON.parse(readFileSync(join(schemaDir, schemaFile), "utf8"));
  const validate = ajv.getSchema(schema.$id);
  const data = JSON.parse(readFileSync(jsonFile, "utf8"));
  if (validate(data)) {
    console.log("valid");
    process.exit(0);
  }
  console.log(JSON.stringify(validate.errors, null, 2));
  process.exit(1);
} catch (e) {
  console.error(String(e));
  process.exit(2);
}
