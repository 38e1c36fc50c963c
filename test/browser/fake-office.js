/*
 * A test Office host for the browser test: a small stand-in for Office and Excel, served in place of
 * office.js from Microsoft's CDN. The sheet lives in HyperFormula (loaded just before this file), so
 * formulas the pane writes really compute: after "=SUM(C6:C59)" the cell shows 281.
 *
 * Expects window.__FAKE_WORKBOOK__ = { sheet, values, formulas, numberFormats, merges } (a Grid from the
 * seed 001 fixture, as JSON) and exposes window.__fakeExcel for the test to look inside.
 * Only what src/excel uses is modelled: proxies queue loads and writes, and context.sync() runs them in order.
 */
(function () {
  "use strict";
  var data = window.__FAKE_WORKBOOK__;
  var SHEET = data.sheet;
  var rowsIn = [];
  for (var r = 0; r < data.top + data.values.length; r++) {
    var row = [];
    for (var c = 0; c < data.left + (data.values[0] || []).length; c++) {
      var rr = r - data.top;
      var cc = c - data.left;
      var v = rr >= 0 && cc >= 0 ? data.values[rr][cc] : null;
      var f = rr >= 0 && cc >= 0 ? data.formulas[rr][cc] : null;
      row.push(f ? f : v !== null && typeof v === "object" ? v.error : v);
    }
    rowsIn.push(row);
  }
  var sheets = {};
  sheets[SHEET] = rowsIn;
  var hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
  var sheetId = hf.getSheetId(SHEET);
  var formats = {};
  var fills = {};
  var merges = (data.merges || []).slice();
  data.numberFormats.forEach(function (row, r) {
    row.forEach(function (nf, c) {
      if (nf) formats[r + data.top + "," + (c + data.left)] = nf;
    });
  });
  // window.__FAKE_SETTINGS__: document settings the workbook already has (e.g. saved rules), for screenshots.
  var state = { syncs: 0, selected: null, protected: false, readOnly: false, settings: window.__FAKE_SETTINGS__ || {} };

  function letters(col) {
    var n = col + 1, s = "";
    while (n > 0) { var m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
    return s;
  }
  function a1(row, col) { return letters(col) + (row + 1); }
  function a1Range(b) { var s = a1(b.top, b.left); return b.top === b.bottom && b.left === b.right ? s : s + ":" + a1(b.bottom, b.right); }
  function parse(address) {
    var ref = address.indexOf("!") >= 0 ? address.slice(address.lastIndexOf("!") + 1) : address;
    var parts = ref.replace(/\$/g, "").split(":");
    function p(s) {
      var m = /^([A-Z]+)(\d+)$/i.exec(s);
      var col = 0;
      for (var i = 0; i < m[1].length; i++) col = col * 26 + m[1].toUpperCase().charCodeAt(i) - 64;
      return { row: Number(m[2]) - 1, col: col - 1 };
    }
    var s = p(parts[0]);
    var e = parts[1] ? p(parts[1]) : s;
    return { top: s.row, left: s.col, bottom: e.row, right: e.col };
  }
  function cellValue(row, col) {
    var v = hf.getCellValue({ sheet: sheetId, row: row, col: col });
    if (v && typeof v === "object" && "value" in v) return { value: v.value, type: "Error" };
    if (v === null || v === undefined || v === "") return { value: "", type: "Empty" };
    if (typeof v === "number") return { value: v, type: "Double" };
    if (typeof v === "boolean") return { value: v, type: "Boolean" };
    return { value: v, type: "String" };
  }
  function grid(b, f) {
    var out = [];
    for (var r = b.top; r <= b.bottom; r++) {
      var row = [];
      for (var c = b.left; c <= b.right; c++) row.push(f(r, c));
      out.push(row);
    }
    return out;
  }
  function usedBounds() {
    var dims = hf.getSheetDimensions(sheetId);
    var b = null;
    for (var r = 0; r < dims.height; r++) for (var c = 0; c < dims.width; c++) {
      if (cellValue(r, c).type === "Empty" && !hf.doesCellHaveFormula({ sheet: sheetId, row: r, col: c })) continue;
      if (!b) b = { top: r, left: c, bottom: r, right: c };
      b.top = Math.min(b.top, r); b.left = Math.min(b.left, c); b.bottom = Math.max(b.bottom, r); b.right = Math.max(b.right, c);
    }
    return b || { top: 0, left: 0, bottom: 0, right: 0 };
  }
  function writeCells(b, data2) {
    for (var r = b.top; r <= b.bottom; r++) for (var c = b.left; c <= b.right; c++) {
      var x = data2[r - b.top][c - b.left];
      hf.setCellContents({ sheet: sheetId, row: r, col: c }, [[x === "" ? null : x]]);
    }
    window.__fakeExcel.writes++;
  }

  function Context() {
    this.pending = [];
    var ctx = this;
    this.workbook = {
      readOnly: undefined,
      load: function () { ctx.pending.push(function () { ctx.workbook.readOnly = state.readOnly; }); },
      worksheets: {
        getActiveWorksheet: function () { return new Sheet(ctx); },
        getItem: function (name) {
          if (name !== SHEET) throw Object.assign(new Error("no sheet " + name), { code: "ItemNotFound" });
          return new Sheet(ctx);
        },
      },
      getSelectedRange: function () { return new Range(ctx, parse(state.selected || "A1")); },
    };
  }
  Context.prototype.sync = function () {
    var ops = this.pending;
    this.pending = [];
    state.syncs++;
    try {
      ops.forEach(function (op) { op(); });
    } catch (e) {
      return Promise.reject(e);
    }
    return new Promise(function (resolve) { setTimeout(resolve, 5); });
  };

  function Sheet(ctx) {
    var self = this;
    this.context = ctx;
    this.name = undefined;
    this.protection = { protected: undefined, load: function () { ctx.pending.push(function () { self.protection.protected = state.protected; }); } };
    this.onChanged = { add: function () { return { remove: function () {}, context: ctx }; } };
  }
  Sheet.prototype.load = function () { var self = this; this.context.pending.push(function () { self.name = SHEET; }); return this; };
  Sheet.prototype.getUsedRange = function () { return new Range(this.context, null); };
  Sheet.prototype.getRange = function (address) { return new Range(this.context, parse(address)); };
  Sheet.prototype.activate = function () {};

  function guardWrite() {
    if (state.protected) throw Object.assign(new Error("protected"), { code: "AccessDenied" });
  }

  /** A range proxy; `b` null means "the used range, whatever it is at sync time". */
  function Range(ctx, b) {
    var self = this;
    this.context = ctx;
    this._b = b;
    this.worksheet = new Sheet(ctx);
    this.format = {
      fill: {
        color: undefined,
        pattern: undefined,
        load: function () {
          ctx.pending.push(function () {
            var f = fills[self.bounds().top + "," + self.bounds().left];
            self._loadingFill = true;
            self.format.fill.color = f ? f.color : "#FFFFFF";
            self._loadingFill = false;
            self.format.fill.pattern = f ? f.pattern : "None";
          });
          return self.format.fill;
        },
        clear: function () { ctx.pending.push(function () { self.eachCell(function (k) { delete fills[k]; }); }); },
      },
    };
    var fill = this.format.fill;
    var color;
    Object.defineProperty(fill, "color", {
      get: function () { return color; },
      set: function (v) {
        color = v;
        if (self._loadingFill) return;
        ctx.pending.push(function () { guardWrite(); self.eachCell(function (k) { fills[k] = { color: v, pattern: "Solid" }; }); });
      },
    });
  }
  Range.prototype.bounds = function () { return this._b || usedBounds(); };
  Range.prototype.eachCell = function (f) {
    var b = this.bounds();
    for (var r = b.top; r <= b.bottom; r++) for (var c = b.left; c <= b.right; c++) f(r + "," + c, r, c);
  };
  Range.prototype.load = function (props) {
    var self = this;
    var list = Array.isArray(props) ? props : String(props).split(",");
    this.context.pending.push(function () {
      var b = self.bounds();
      list.forEach(function (p) {
        p = p.trim();
        var v;
        if (p === "values") v = grid(b, function (r, c) { return cellValue(r, c).value; });
        else if (p === "valueTypes") v = grid(b, function (r, c) { return cellValue(r, c).type; });
        else if (p === "formulas") v = grid(b, function (r, c) { var f = hf.getCellFormula({ sheet: sheetId, row: r, col: c }); return f || cellValue(r, c).value; });
        else if (p === "numberFormat") v = grid(b, function (r, c) { return formats[r + "," + c] || "General"; });
        else if (p === "rowIndex") v = b.top;
        else if (p === "columnIndex") v = b.left;
        else if (p === "rowCount") v = b.bottom - b.top + 1;
        else if (p === "columnCount") v = b.right - b.left + 1;
        else if (p === "address") v = SHEET + "!" + a1Range(b);
        Object.defineProperty(self, p, { value: v, writable: true, configurable: true });
      });
    });
    return this;
  };
  ["values", "formulas", "numberFormat"].forEach(function (prop) {
    Object.defineProperty(Range.prototype, prop, {
      configurable: true,
      get: function () { return undefined; },
      set: function (v) {
        var self = this;
        this.context.pending.push(function () {
          guardWrite();
          if (prop === "numberFormat") self.eachCell(function (k, r, c) { formats[k] = v[r - self.bounds().top][c - self.bounds().left]; });
          else writeCells(self.bounds(), v);
        });
      },
    });
  });
  Range.prototype.getCell = function (r, c) { var self = this; return new LazyRange(this.context, function () { var b = self.bounds(); return { top: b.top + r, left: b.left + c, bottom: b.top + r, right: b.left + c }; }); };
  Range.prototype.getResizedRange = function (dr, dc) { var self = this; return new LazyRange(this.context, function () { var b = self.bounds(); return { top: b.top, left: b.left, bottom: b.bottom + dr, right: b.right + dc }; }); };
  Range.prototype.getIntersection = function (o) {
    var self = this;
    return new LazyRange(this.context, function () {
      var a = self.bounds(), b = o.bounds();
      return { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
    });
  };
  function Areas(ctx, f) {
    var self = this;
    this.isNullObject = undefined;
    this.load = function () { ctx.pending.push(function () { var list = f(); self.isNullObject = list.length === 0; self.address = list.map(function (b) { return "'" + SHEET + "'!" + a1Range(b); }).join(","); }); return self; };
  }
  Range.prototype.getMergedAreasOrNullObject = function () { var self = this; return new Areas(this.context, function () { var b = self.bounds(); return merges.filter(function (m) { return m.bottom >= b.top && m.top <= b.bottom && m.right >= b.left && m.left <= b.right; }); }); };
  Range.prototype.getSpecialCellsOrNullObject = function () { var self = this; return new Areas(this.context, function () { return [self.bounds()]; }); };
  Range.prototype.select = function () { var self = this; this.context.pending.push(function () { state.selected = a1Range(self.bounds()); }); };
  Range.prototype.merge = function () { var self = this; this.context.pending.push(function () { guardWrite(); merges.push(self.bounds()); }); };
  Range.prototype.unmerge = function () { var self = this; this.context.pending.push(function () { var b = self.bounds(); merges = merges.filter(function (m) { return !(m.top >= b.top && m.bottom <= b.bottom && m.left >= b.left && m.right <= b.right); }); }); };
  Range.prototype.clear = function () { var self = this; this.context.pending.push(function () { self.eachCell(function (k) { delete formats[k]; delete fills[k]; }); }); };
  Range.prototype.copyFrom = function (src) { var self = this; this.context.pending.push(function () { var s = src.bounds(); var k0 = s.top + "," + s.left; self.eachCell(function (k) { if (formats[k0]) formats[k] = formats[k0]; if (fills[k0]) fills[k] = fills[k0]; }); }); };

  /** A range whose bounds are computed at sync time (it derives from the used range). */
  function LazyRange(ctx, f) { Range.call(this, ctx, null); this._f = f; }
  LazyRange.prototype = Object.create(Range.prototype);
  LazyRange.prototype.bounds = function () { return this._f(); };

  window.__fakeExcel = {
    state: state,
    writes: 0,
    value: function (address) { var b = parse(address); return cellValue(b.top, b.left).value; },
    formula: function (address) { var b = parse(address); return hf.getCellFormula({ sheet: sheetId, row: b.top, col: b.left }) || null; },
    fill: function (address) { var b = parse(address); return fills[b.top + "," + b.left] || null; },
  };

  var settingsStore = {
    get: function (k) { return k in state.settings ? state.settings[k] : null; },
    set: function (k, v) { state.settings[k] = v; },
    remove: function (k) { delete state.settings[k]; },
    saveAsync: function (cb) { setTimeout(function () { if (cb) cb({ status: "succeeded" }); }, 0); },
  };
  var supported = { "1.1": 1, "1.2": 1, "1.7": 1, "1.8": 1, "1.9": 1, "1.13": 1 };
  window.Excel = {
    run: function (a, b) {
      var batch = typeof a === "function" ? a : b;
      return Promise.resolve().then(function () { return batch(new Context()); });
    },
  };
  window.CustomFunctions = { associate: function () {} };
  window.Office = {
    HostType: { Excel: "Excel" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage: window.__FAKE_LANGUAGE__ || "vi-VN",
      requirements: { isSetSupported: function (name, v) { return name === "ExcelApi" && !!supported[v]; } },
      document: { settings: settingsStore },
    },
    actions: { associate: function () {} },
    addin: { showAsTaskpane: function () { return Promise.resolve(); } },
    onReady: function (cb) {
      var info = { host: "Excel", platform: "PC" };
      return new Promise(function (resolve) { setTimeout(function () { if (cb) cb(info); resolve(info); }, 0); });
    },
  };
})();
