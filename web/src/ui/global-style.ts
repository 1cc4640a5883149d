/** Page-wide styles: the Suomi.fi typeface and colours, and a footer that stays at the bottom. */
import { createGlobalStyle } from 'styled-components';
import { colors, typography } from './tokens';

export const GlobalStyle = createGlobalStyle`
  body {
    ${typography.bodyText};
    margin: 0;
    color: ${colors.blackBase};
    background: ${colors.depthLight3};
  }

  #root {
    display: flex;
    flex-direction: column;
    min-height: 100vh;
  }

  h1[tabindex='-1']:focus {
    outline: none;
  }
`;
