const { AppManifestUtils } = require("@microsoft/app-manifest");
const { convert } = require("office-addin-manifest-converter");
const fs = require("fs");
(async () => {
  for (const ver of ["1.17", "1.23", "1.24", "1.25"]) {
    const out = "/tmp/i13conv/o" + ver;
    fs.rmSync(out, { recursive: true, force: true });
    const args = ver === "1.17" ? [] : [`https://developer.microsoft.com/json-schemas/teams/v${ver}/MicrosoftTeams.schema.json`, ver];
    await convert("dist/manifest.xml", out, false, ...args);
    const m = JSON.parse(fs.readFileSync(out + "/manifest.json", "utf8"));
    console.log(ver, m.$schema, m.manifestVersion, await AppManifestUtils.validateAgainstSchema(m));
    const loc = JSON.parse(fs.readFileSync(out + "/en-us.json", "utf8"));
    try { console.log(" loc", await AppManifestUtils.validateAgainstSchema(loc)); } catch (e) { console.log(" loc ERR", e.message.slice(0,200)); }
  }
})();
