import { render } from 'preact';

render(<p>Varsam</p>, document.getElementById('app')!);
