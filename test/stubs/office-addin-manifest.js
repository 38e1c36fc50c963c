// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the real package pulls in an
// ESM-only dependency that Jest cannot load (see ../shared/DESIGN.md, "Excel facts to respect").
module.exports = {
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
};
