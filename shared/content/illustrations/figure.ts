import type { IllustrationRole, IllustrationShape } from '../types';
import { BODY, type Pose, type Working } from './body';
import { circle, curve, limb } from './draw';
import { type Camera, type Point, project, reach, sub, type Vec } from './space';

/** How far the nose mark sticks out of the head: enough to read which way the face looks. */
const NOSE = 4;

/**
 * Draws a posed body through a camera: far limbs first, then the trunk and head, then the near
 * limbs, so whatever is nearer is painted over what is behind it. The working limb gets the
 * accent role.
 */
export function figure(body: Pose, camera: Camera, working: Working): IllustrationShape[] {
  const at = (p: Vec): Point => project(camera, p);
  const role = (part: Working): IllustrationRole =>
    working === part || (working === 'legs' && part.endsWith('-leg')) ? 'active' : 'figure';
  const legShape = (side: 'near' | 'far'): IllustrationShape => {
    const { hip, knee, ankle, toe } = body[side].leg;
    return limb(role(`${side}-leg`), at(hip), at(knee), at(ankle), at(toe));
  };
  const armShape = (side: 'near' | 'far'): IllustrationShape => {
    const { shoulder, elbow, wrist } = body[side].arm;
    return limb('figure', at(shoulder), at(elbow), at(wrist));
  };
  const noseFrom = reach(body.head, body.face, BODY.headR);
  return [
    armShape('far'),
    legShape('far'),
    ...girdles(body, at),
    curve(role('spine'), at(body.pelvis), at(body.spineControl), at(body.chest)),
    limb('figure', at(body.chest), at(reach(body.chest, sub(body.head, body.chest), 4))),
    // The nose goes under the head, so the head's outline stays whole where they meet.
    limb('figure', at(reach(noseFrom, body.face, -2)), at(reach(noseFrom, body.face, NOSE))),
    circle('figure', at(body.head), BODY.headR),
    legShape('near'),
    armShape('near'),
  ];
}

/** The lines across the hips and shoulders: they only show when the view is turned. */
function girdles(body: Pose, at: (p: Vec) => Point): IllustrationShape[] {
  const lines: [Vec, Vec][] = [
    [body.far.leg.hip, body.near.leg.hip],
    [body.far.arm.shoulder, body.near.arm.shoulder],
  ];
  return lines
    .map(([a, b]) => [at(a), at(b)] as const)
    .filter(([a, b]) => Math.hypot(a[0] - b[0], a[1] - b[1]) > 1)
    .map(([a, b]) => limb('figure', a, b));
}
