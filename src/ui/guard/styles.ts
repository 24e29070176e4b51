/** Styles of the modal dialogs (send guard, link prompt) in their shadow root. */
export const DIALOG_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.45); display: flex; align-items: center; justify-content: center; z-index: 2147483647; }
.dialog { width: 440px; max-width: calc(100vw - 24px); max-height: calc(100vh - 24px); overflow: auto; background: #fff; color: #1f1f1f;
  border-radius: 10px; padding: 18px; box-shadow: 0 8px 32px rgba(0,0,0,.35); font-size: 14px; line-height: 1.45; text-align: left; }
h2 { font-size: 17px; margin: 0 0 8px; }
p { margin: 6px 0; }
ul { margin: 8px 0; padding: 0; list-style: none; }
li { border-top: 1px solid #e3e5e8; padding: 8px 0; }
.sev { display: inline-block; font-size: 11px; font-weight: 700; padding: 1px 6px; border-radius: 4px; margin-right: 6px; color: #fff; }
.sev.high { background: #b71c1c; } .sev.warning { background: #8a5a00; }
.gl { font-weight: 600; }
.excerpt { display: block; margin: 4px 0; padding: 2px 6px; background: #f3f4f6; border-radius: 4px; font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
.host { font-family: ui-monospace, monospace; overflow-wrap: anywhere; font-weight: 600; }
.note { color: #7a1212; font-weight: 600; }
.actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 14px; flex-wrap: wrap; }
button { font-size: 14px; padding: 7px 14px; border-radius: 6px; border: 1px solid #8a9099; background: #fff; color: #1f1f1f; cursor: pointer; }
button.primary { background: #1a56b8; border-color: #1a56b8; color: #fff; }
button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
`;
