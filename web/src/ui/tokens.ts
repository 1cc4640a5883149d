/** The Suomi.fi design tokens the app's own styles use. */
import { suomifiDesignTokens } from 'suomifi-ui-components';

export const { colors, spacing, typography, focuses, shadows } = suomifiDesignTokens;
