// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { countAttachments } from '../../src/content/attachments';
import { facebook } from '../../src/sites/facebook';

test('images and videos in the composer count as attachments; emoji in the text and small icons do not', () => {
  document.body.innerHTML = `
    <form>
      <div id="box" contenteditable="true" role="textbox">Hei <img src="e.png" width="16" height="16" alt="🙂"></div>
      <div class="previews"><img src="a.jpg" width="120" height="90"><img src="icon.png" width="20" height="20"><video src="v.mp4"></video></div>
    </form>
    <img src="elsewhere.jpg" width="300" height="300">`;
  const box = document.getElementById('box')!;
  expect(countAttachments(box, facebook)).toEqual({ images: 1, videos: 1 });
});
