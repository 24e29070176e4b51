import { render } from 'preact';
import { browserOptionsServices } from '../../src/ui/browser-services';
import { ErrorBoundary } from '../../src/ui/components/ErrorBoundary';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import '../../src/ui/styles/base.css';
import '../../src/ui/styles/options.css';

render(
  <ErrorBoundary>
    <OptionsApp services={browserOptionsServices()} />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
