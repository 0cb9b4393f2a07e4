import type { FakeChannel, FakeUser, SlackWorld } from "./world.js";

/** `users.info`'s `user`, trimmed to the fields an adapter might read. */
export function userObject(world: SlackWorld, user: FakeUser): Record<string, unknown> {
  return {
    id: user.id,
    team_id: world.team.id,
    name: user.name,
    deleted: false,
    real_name: user.realName,
    tz: user.tz,
    is_admin: user.isAdmin ?? false,
    is_owner: user.isOwner ?? false,
    is_bot: user.botId !== null,
    is_app_user: false,
    profile: {
      real_name: user.realName,
      display_name: user.name,
      team: world.team.id,
      ...(user.botId === null ? {} : { bot_id: user.botId, api_app_id: world.appId }),
    },
  };
}

/** `conversations.info`'s `channel`, for a public channel or a direct message. */
export function channelObject(channel: FakeChannel): Record<string, unknown> {
  if (channel.kind === "im") {
    return {
      id: channel.id,
      created: channel.created,
      is_im: true,
      is_org_shared: false,
      user: channel.userId,
      is_user_deleted: false,
    };
  }
  return {
    id: channel.id,
    name: channel.name,
    name_normalized: channel.name,
    created: channel.created,
    is_channel: true,
    is_group: false,
    is_im: false,
    is_mpim: false,
    is_private: false,
    is_archived: false,
    is_general: channel.name === "general",
    is_shared: false,
    is_ext_shared: false,
    is_org_shared: false,
    is_member: channel.botIsMember,
    topic: { value: "", creator: "", last_set: 0 },
    purpose: { value: "", creator: "", last_set: 0 },
  };
}
