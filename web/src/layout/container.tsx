/** The page width every band of the layout (header, content, footer) lines up to. */
import styled from 'styled-components';
import { spacing } from '../ui/tokens';

export const Container = styled.div`
  box-sizing: border-box;
  width: 100%;
  max-width: 1000px;
  margin: 0 auto;
  padding-left: ${spacing.m};
  padding-right: ${spacing.m};
`;
