/** The back office's page width: wider than the e-service's, for its tables. Header, nav and content line up. */
import styled from 'styled-components';
import { Container } from '../../layout/container';

export const WideContainer = styled(Container)`
  max-width: 1200px;
`;
