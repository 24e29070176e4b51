/** Styles of the indicator's shadow root (isolated from the page). */
export const INDICATOR_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.badge {
  display: inline-flex; align-items: center; justify-content: center; gap: 4px;
  min-width: 24px; height: 24px; padding: 0 7px; border-radius: 12px; border: 1px solid rgba(0,0,0,.2);
  font-size: 12px; font-weight: 600; line-height: 1; cursor: pointer; color: #fff; background: #5f6b7a;
  box-shadow: 0 1px 3px rgba(0,0,0,.25); opacity: .85;
}
.badge:hover, .badge:focus-visible { opacity: 1; }
.badge:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.badge.high { background: #b71c1c; }
.badge.warning { background: #8a5a00; }
.badge.info { background: #1565c0; }
.badge.clean { background: #2e7d32; }
.panel {
  position: absolute; right: 0; bottom: 30px; width: 360px; max-width: calc(100vw - 16px); max-height: 60vh; overflow: auto;
  background: #fff; color: #1f1f1f; border: 1px solid #c4c7cc; border-radius: 8px; padding: 12px;
  box-shadow: 0 4px 16px rgba(0,0,0,.2); font-size: 13px; line-height: 1.4; text-align: left;
}
.panel.below { bottom: auto; top: 30px; }
.panel h2 { font-size: 14px; margin: 0 0 8px; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li { border-top: 1px solid #e3e5e8; padding: 8px 0; }
.sev { display: inline-block; font-size: 11px; font-weight: 700; padding: 1px 6px; border-radius: 4px; margin-right: 6px; color: #fff; }
.sev.high { background: #b71c1c; } .sev.warning { background: #8a5a00; } .sev.info { background: #1565c0; }
.gl { font-weight: 600; }
.excerpt { display: block; margin: 4px 0; padding: 2px 6px; background: #f3f4f6; border-radius: 4px; font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
.msg { margin: 4px 0; }
.sugg { margin: 4px 0; color: #333; }
.row { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; margin-top: 4px; }
a { color: #0b57d0; }
button.link { background: none; border: none; padding: 0; color: #0b57d0; text-decoration: underline; cursor: pointer; font-size: 12px; }
button.close { position: absolute; top: 6px; right: 8px; background: none; border: none; font-size: 18px; cursor: pointer; color: #444; }
label.switch { display: flex; gap: 8px; align-items: center; margin: 8px 0; font-weight: 600; }
.note { color: #555; font-size: 11px; margin-top: 8px; }
.crisis {
  display: block; max-width: 320px; margin: 0 0 4px auto; padding: 4px 8px; border-radius: 6px;
  background: #fff4e5; color: #5d3200; border: 1px solid #b26a00; font-size: 12px; line-height: 1.35;
  box-shadow: 0 1px 3px rgba(0,0,0,.2);
}
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .panel { background: #202124; color: #e8eaed; border-color: #5f6368; }
  .panel li { border-color: #3c4043; }
  .excerpt { background: #303134; }
  .sugg, .note { color: #bdc1c6; }
  a, button.link { color: #8ab4f8; }
  button.close { color: #e8eaed; }
}
`;
