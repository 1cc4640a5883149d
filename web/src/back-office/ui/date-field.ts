/**
 * Room for a Suomi.fi date input: by itself it is only as wide as a date, and its label and hint wrap word
 * by word. Inside this the input takes `fullWidth` and the label a readable line (narrower screens: all).
 */
import styled from 'styled-components';

export const DateField = styled.div`
  width: min(100%, 20em);
`;
